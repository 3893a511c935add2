// Security group rule changes for the security summary: inline rules of
// AWS::EC2::SecurityGroup and the standalone Ingress/Egress resources.
#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "cdkpp/diff/security_changes.h"
#include "diff/diff_internal.h"

namespace cdkpp::diff {
namespace {

std::string Scalar(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  return RenderIntrinsic(v);
}

std::string Protocol(const Json& rule) {
  if (!rule.contains("IpProtocol")) return "all";
  std::string p = Scalar(rule["IpProtocol"]);
  if (p == "-1") return "all";
  if (p == "6") return "tcp";
  if (p == "17") return "udp";
  if (p == "1") return "icmp";
  if (p == "58") return "icmpv6";
  return p;
}

std::string Ports(const Json& rule, const std::string& protocol) {
  if (protocol == "all") return "all";
  std::string from = rule.contains("FromPort") ? Scalar(rule["FromPort"]) : "";
  std::string to = rule.contains("ToPort") ? Scalar(rule["ToPort"]) : from;
  if (from.empty() || from == "-1") return "all";
  if (protocol == "tcp" && from == "0" && to == "65535") return "all";
  return from == to ? from : from + "-" + to;
}

// A group reference {"Fn::GetAtt": [X, "GroupId"]} or {"Ref": X} reads as X.
std::string GroupName(const Json& v) {
  if (v.is_object() && v.size() == 1) {
    const Json& arg = v.begin().value();
    if (v.begin().key() == "Ref" && arg.is_string()) return arg.get<std::string>();
    if (v.begin().key() == "Fn::GetAtt" && arg.is_array() && arg.size() == 2 &&
        arg[0].is_string() && arg[1] == "GroupId") {
      return arg[0].get<std::string>();
    }
  }
  return RenderIntrinsic(v);
}

std::string Peer(const Json& rule, bool ingress) {
  static const char* kIngress[] = {"CidrIp", "CidrIpv6", "SourceSecurityGroupId",
                                   "SourceSecurityGroupName", "SourcePrefixListId"};
  static const char* kEgress[] = {"CidrIp", "CidrIpv6", "DestinationSecurityGroupId",
                                  "DestinationPrefixListId"};
  for (const char* key : ingress ? std::vector<const char*>(std::begin(kIngress), std::end(kIngress))
                                 : std::vector<const char*>(std::begin(kEgress), std::end(kEgress))) {
    auto it = rule.find(key);
    if (it != rule.end()) return std::string(key).find("SecurityGroup") != std::string::npos
                                     ? GroupName(*it)
                                     : Scalar(*it);
  }
  return "?";
}

SecurityGroupRule MakeRule(const std::string& group, const Json& rule, bool ingress) {
  SecurityGroupRule r;
  r.group = group;
  r.direction = ingress ? "ingress" : "egress";
  r.protocol = Protocol(rule);
  r.ports = Ports(rule, r.protocol);
  r.peer = Peer(rule, ingress);
  if (rule.contains("Description")) r.description = Scalar(rule["Description"]);
  return r;
}

std::vector<SecurityGroupRule> Extract(const Json& resources) {
  std::vector<SecurityGroupRule> out;
  if (!resources.is_object()) return out;
  for (auto it = resources.begin(); it != resources.end(); ++it) {
    if (!it->is_object()) continue;
    std::string type = it->value("Type", "");
    auto props = it->find("Properties");
    if (props == it->end() || !props->is_object()) continue;
    if (type == "AWS::EC2::SecurityGroup") {
      for (const auto& [key, ingress] : {std::pair{"SecurityGroupIngress", true},
                                         std::pair{"SecurityGroupEgress", false}}) {
        auto rules = props->find(key);
        if (rules == props->end() || !rules->is_array()) continue;
        for (const auto& rule : *rules) {
          if (rule.is_object()) out.push_back(MakeRule(it.key(), rule, ingress));
        }
      }
    } else if (type == "AWS::EC2::SecurityGroupIngress" || type == "AWS::EC2::SecurityGroupEgress") {
      bool ingress = type == "AWS::EC2::SecurityGroupIngress";
      std::string group = props->contains("GroupId") ? GroupName((*props)["GroupId"])
                          : props->contains("GroupName") ? Scalar((*props)["GroupName"])
                                                         : "?";
      out.push_back(MakeRule(group, *props, ingress));
    }
  }
  return out;
}

}  // namespace

bool SecurityGroupRule::OpenToWorld() const { return peer == "0.0.0.0/0" || peer == "::/0"; }

std::string SecurityGroupRule::Key() const {
  return group + "|" + direction + "|" + protocol + "|" + ports + "|" + peer;
}

void DiffSecurityGroups(const Json& old_resources, const Json& new_resources,
                        SecurityChanges* out) {
  std::multimap<std::string, SecurityGroupRule> old_rules, new_rules;
  for (auto& r : Extract(old_resources)) old_rules.emplace(r.Key(), std::move(r));
  for (auto& r : Extract(new_resources)) new_rules.emplace(r.Key(), std::move(r));
  std::vector<SecurityGroupRuleChange> changes;
  for (auto& [key, rule] : old_rules) {
    auto match = new_rules.find(key);
    if (match != new_rules.end()) {
      new_rules.erase(match);
    } else {
      changes.push_back({ChangeKind::kRemoved, rule});
    }
  }
  for (auto& [key, rule] : new_rules) {
    changes.push_back({ChangeKind::kAdded, rule});
    out->permissions_broadened = true;
  }
  std::stable_sort(changes.begin(), changes.end(),
                   [](const SecurityGroupRuleChange& x, const SecurityGroupRuleChange& y) {
                     if (x.rule.group != y.rule.group) return x.rule.group < y.rule.group;
                     if (x.kind != y.kind) return x.kind == ChangeKind::kRemoved;
                     return x.rule.Key() < y.rule.Key();
                   });
  for (auto& c : changes) out->security_group_rules.push_back(std::move(c));
}

}  // namespace cdkpp::diff
