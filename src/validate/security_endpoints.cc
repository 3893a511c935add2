// CDKPP-SEC-020: resources in private subnets that call AWS APIs need a way
// out: a NAT gateway, or an interface endpoint per service. Without either,
// DMS cannot write to Kinesis or read its secret, and the SSM agent of an
// instance never registers (so Session Manager cannot reach it).
#include <set>

#include "validate/literal.h"
#include "validate/rules.h"

namespace cdkpp::validate::internal {
namespace {

// "ssm" from "com.amazonaws.us-east-1.ssm" or {"Fn::Sub": "com.amazonaws.${AWS::Region}.ssm"}.
std::string EndpointService(const ResourceView& endpoint) {
  const Json* name = Get(endpoint.properties, "ServiceName");
  std::optional<std::string> text = AsString(name);
  if (!text && name != nullptr) text = AsString(Get(name, "Fn::Sub"));
  if (!text) return "";
  return text->substr(text->rfind('.') + 1);
}

bool HasEngine(const RuleContext& ctx, const std::string& engine) {
  for (const ResourceView* e : ctx.OfType("AWS::DMS::Endpoint")) {
    if (AsString(Get(e->properties, "EngineName")) == engine) return true;
  }
  return false;
}

void ReportMissing(const ResourceView& r, const std::set<std::string>& reachable,
                   const std::vector<std::string>& needed, const std::string& what, Reporter& out) {
  std::string missing;
  for (const std::string& service : needed) {
    if (reachable.count(service) > 0) continue;
    missing += (missing.empty() ? "" : ", ") + service;
  }
  if (missing.empty()) return;
  out.Report(r, "",
             what + " runs in subnets with no NAT gateway and no interface endpoint for " +
                 missing + ": it cannot reach those AWS APIs");
}

}  // namespace

void CheckPrivateApiAccess(const RuleContext& ctx, Reporter& out) {
  // Only a template that makes its own network can be judged: an imported
  // VPC's routes are not in it.
  if (ctx.OfType("AWS::EC2::VPC").empty() || !ctx.OfType("AWS::EC2::NatGateway").empty()) return;
  std::set<std::string> reachable;
  for (const ResourceView* e : ctx.OfType("AWS::EC2::VPCEndpoint")) {
    reachable.insert(EndpointService(*e));
  }
  std::vector<std::string> dms_needs;
  if (HasEngine(ctx, "kinesis")) dms_needs.push_back("kinesis-streams");
  for (const ResourceView* e : ctx.OfType("AWS::DMS::Endpoint")) {
    const Json* settings = Get(e->properties, "MySqlSettings");
    if (settings != nullptr && Get(settings, "SecretsManagerSecretId") != nullptr) {
      dms_needs.push_back("secretsmanager");
      break;
    }
  }
  for (const ResourceView* r : ctx.OfType("AWS::DMS::ReplicationInstance")) {
    ReportMissing(*r, reachable, dms_needs, "DMS replication instance", out);
  }
  for (const ResourceView* r : ctx.OfType("AWS::EC2::Instance")) {
    if (Get(r->properties, "IamInstanceProfile") == nullptr) continue;  // no SSM agent identity
    ReportMissing(*r, reachable, {"ssm", "ssmmessages", "ec2messages"},
                  "EC2 instance managed through Systems Manager", out);
  }
}

}  // namespace cdkpp::validate::internal
