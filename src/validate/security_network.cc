// CDKPP-SEC-001 (VPC flow logs) and CDKPP-SEC-002 (ingress open to the
// internet). Modelled on cdk-nag AwsSolutions-VPC7 / EC23 and cfn_nag W60 / W2.
#include "validate/literal.h"
#include "validate/rules.h"

namespace cdkpp::validate::internal {
namespace {

std::string PortText(const Json& rule) {
  auto from = AsInt(Get(&rule, "FromPort"));
  auto to = AsInt(Get(&rule, "ToPort"));
  auto proto = AsString(Get(&rule, "IpProtocol"));
  if (proto && *proto == "-1") return "all ports";
  if (from && to && *from == *to) return "port " + std::to_string(*from);
  if (from && to) return "ports " + std::to_string(*from) + "-" + std::to_string(*to);
  return "the listed ports";
}

void CheckIngressRule(const ResourceView& r, const Json& rule, const std::string& path,
                      Reporter& out) {
  for (const char* key : {"CidrIp", "CidrIpv6"}) {
    auto cidr = AsString(Get(&rule, key));
    if (cidr && (*cidr == "0.0.0.0/0" || *cidr == "::/0")) {
      out.Report(r, JoinPath(path, key),
                 "security group allows ingress from " + *cidr + " to " + PortText(rule));
    }
  }
}

}  // namespace

void CheckVpcFlowLogs(const RuleContext& ctx, Reporter& out) {
  auto flow_logs = ctx.OfType("AWS::EC2::FlowLog");
  for (const ResourceView* vpc : ctx.OfType("AWS::EC2::VPC")) {
    bool logged = false;
    for (const ResourceView* log : flow_logs) {
      const Json* target = Get(log->properties, "ResourceId");
      if (target != nullptr && RefersTo(*target, vpc->logical_id)) logged = true;
    }
    if (!logged) out.Report(*vpc, "", "VPC has no flow log (no AWS::EC2::FlowLog refers to it)");
  }
}

void CheckOpenIngress(const RuleContext& ctx, Reporter& out) {
  for (const ResourceView* sg : ctx.OfType("AWS::EC2::SecurityGroup")) {
    const Json* ingress = Get(sg->properties, "SecurityGroupIngress");
    if (ingress == nullptr || !ingress->is_array()) continue;
    for (std::size_t i = 0; i < ingress->size(); ++i) {
      CheckIngressRule(*sg, (*ingress)[i], IndexPath("Properties.SecurityGroupIngress", i), out);
    }
  }
  for (const ResourceView* rule : ctx.OfType("AWS::EC2::SecurityGroupIngress")) {
    if (rule->properties != nullptr) CheckIngressRule(*rule, *rule->properties, "Properties", out);
  }
}

}  // namespace cdkpp::validate::internal
