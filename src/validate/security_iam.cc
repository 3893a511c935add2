// CDKPP-SEC-013..015: IAM policies. Modelled on cdk-nag AwsSolutions-IAM4/IAM5
// and cfn_nag F4/W11/W12.
#include <array>
#include <set>
#include <string_view>

#include "util/dms_service_roles.h"
#include "validate/json_walk.h"
#include "validate/literal.h"
#include "validate/rules.h"

namespace cdkpp::validate::internal {
namespace {

// A policy document found in an IAM resource, with its path.
struct Document {
  const ResourceView* resource;
  const Json* document;
  std::string path;
};

std::vector<Document> PolicyDocuments(const RuleContext& ctx) {
  std::vector<Document> docs;
  for (const auto& r : ctx.resources()) {
    if (r.type == "AWS::IAM::Policy" || r.type == "AWS::IAM::ManagedPolicy") {
      if (const Json* d = Get(r.properties, "PolicyDocument")) {
        docs.push_back({&r, d, "Properties.PolicyDocument"});
      }
    } else if (r.type == "AWS::IAM::Role" || r.type == "AWS::IAM::User" ||
               r.type == "AWS::IAM::Group") {
      const Json* policies = Get(r.properties, "Policies");
      if (policies == nullptr || !policies->is_array()) continue;
      for (std::size_t i = 0; i < policies->size(); ++i) {
        if (const Json* d = Get(&(*policies)[i], "PolicyDocument")) {
          docs.push_back({&r, d, IndexPath("Properties.Policies", i) + ".PolicyDocument"});
        }
      }
    }
  }
  return docs;
}

// Calls fn(statement, path) for each Allow statement.
template <typename Fn>
void ForEachAllow(const Document& doc, const Fn& fn) {
  const Json* statements = Get(doc.document, "Statement");
  if (statements == nullptr) return;
  auto visit = [&](const Json& s, const std::string& path) {
    const Json* effect = Get(&s, "Effect");
    if (effect != nullptr && effect->is_string() &&
        effect->get_ref<const std::string&>() == "Allow") {
      fn(s, path);
    }
  };
  if (statements->is_array()) {
    for (std::size_t i = 0; i < statements->size(); ++i) {
      visit((*statements)[i], IndexPath(doc.path + ".Statement", i));
    }
  } else {
    visit(*statements, doc.path + ".Statement");
  }
}

// Calls fn(string, path_of) for each literal string of a string-or-list
// field; path_of() spells where the string is, only for a finding (a policy
// lists many actions and resources, and few are findings).
template <typename Fn>
void ForEachString(const Json* value, const std::string& path, const Fn& fn) {
  if (value == nullptr) return;
  if (const std::string* s = value->get_ptr<const std::string*>()) {
    fn(*s, [&path] { return path; });
    return;
  }
  const Json::array_t* items = Items(*value);
  if (items == nullptr) return;
  for (std::size_t i = 0; i < items->size(); ++i) {
    if (const std::string* s = (*items)[i].get_ptr<const std::string*>()) {
      fn(*s, [&path, i] { return IndexPath(path, i); });
    }
  }
}

// The "...:iam::aws:policy/NAME" text of a managed policy ARN, which AWS CDK
// writes as Fn::Join ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/X"]].
std::string AwsManagedPolicyName(const Json& arn) {
  constexpr std::string_view kMarker = ":iam::aws:policy/";
  if (arn.is_string()) {
    const std::string& s = arn.get_ref<const std::string&>();
    auto pos = s.find(kMarker);
    return pos == std::string::npos ? "" : s.substr(pos + kMarker.size());
  }
  if (arn.is_structured()) {
    for (const auto& item : arn) {
      std::string name = AwsManagedPolicyName(item);
      if (!name.empty()) return name;
    }
  }
  return "";
}

// DMS requires these exact roles with these exact AWS-managed policies; no
// customer-managed policy can stand in for them (DMS user guide, "Creating
// the IAM roles to use with AWS DMS").
bool IsMandatedDmsServiceRole(const ResourceView& role, const std::string& policy) {
  auto name = AsString(Get(role.properties, "RoleName"));
  if (!name) return false;
  for (const auto& mandated :
       {cdkpp::internal::kDmsVpcRole, cdkpp::internal::kDmsCloudWatchLogsRole}) {
    if (*name == mandated.name && policy == mandated.managed_policy) return true;
  }
  return false;
}

// Actions that have no resource types in the Service Authorization
// Reference (Amazon Message Gateway Service, prefix ssmmessages): a policy
// can only grant them on "*", so that is no finding.
bool OnlyActionsWithoutResourceTypes(const Json& statement) {
  static const std::set<std::string> kActions = {
      "ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
      "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"};
  bool any = false, all = true;
  ForEachString(Get(&statement, "Action"), "", [&](const std::string& a, const auto&) {
    any = true;
    all = all && kActions.count(a) > 0;
  });
  return any && all;
}

}  // namespace

void CheckIamWildcardActions(const RuleContext& ctx, Reporter& out) {
  for (const auto& doc : PolicyDocuments(ctx)) {
    ForEachAllow(doc, [&](const Json& s, const std::string& path) {
      if (Get(&s, "NotAction") != nullptr) {
        out.Report(*doc.resource, path + ".NotAction",
                   "policy allows every action except those listed (Allow with NotAction)");
      }
      ForEachString(Get(&s, "Action"), path + ".Action", [&](const std::string& a, const auto& at) {
        if (a == "*" || (a.size() > 2 && a.compare(a.size() - 2, 2, ":*") == 0)) {
          out.Report(*doc.resource, at(), "policy allows the wildcard action \"" + a + "\"");
        }
      });
    });
  }
}

void CheckIamWildcardResources(const RuleContext& ctx, Reporter& out) {
  for (const auto& doc : PolicyDocuments(ctx)) {
    ForEachAllow(doc, [&](const Json& s, const std::string& path) {
      if (OnlyActionsWithoutResourceTypes(s)) return;
      ForEachString(
          Get(&s, "Resource"), path + ".Resource", [&](const std::string& res, const auto& at) {
            if (res == "*") {
              out.Report(*doc.resource, at(), "policy allows its actions on every resource");
            }
          });
    });
  }
}

void CheckIamManagedPolicies(const RuleContext& ctx, Reporter& out) {
  for (const auto& r : ctx.resources()) {
    if (r.type != "AWS::IAM::Role" && r.type != "AWS::IAM::User" && r.type != "AWS::IAM::Group") {
      continue;
    }
    const Json* arns = Get(r.properties, "ManagedPolicyArns");
    if (arns == nullptr || !arns->is_array()) continue;
    for (std::size_t i = 0; i < arns->size(); ++i) {
      std::string name = AwsManagedPolicyName((*arns)[i]);
      if (name.empty() || IsMandatedDmsServiceRole(r, name)) continue;
      out.Report(r, IndexPath("Properties.ManagedPolicyArns", i),
                 "AWS-managed policy " + name + " is attached");
    }
  }
}

}  // namespace cdkpp::validate::internal
