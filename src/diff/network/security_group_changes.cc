// Security group rule changes for the security summary: inline rules of
// AWS::EC2::SecurityGroup and the standalone Ingress/Egress resources.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <span>
#include <string>
#include <string_view>
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
  if (!rule.contains("IpProtocol"sv)) return "all";
  std::string p = Scalar(rule["IpProtocol"sv]);
  if (p == "-1") return "all";
  if (p == "6") return "tcp";
  if (p == "17") return "udp";
  if (p == "1") return "icmp";
  if (p == "58") return "icmpv6";
  return p;
}

std::string Ports(const Json& rule, const std::string& protocol) {
  if (protocol == "all") return "all";
  std::string from = rule.contains("FromPort"sv) ? Scalar(rule["FromPort"sv]) : "";
  std::string to = rule.contains("ToPort"sv) ? Scalar(rule["ToPort"sv]) : from;
  if (from.empty() || from == "-1") return "all";
  if (protocol == "icmp" || protocol == "icmpv6") {
    // For ICMP, FromPort is the message type and ToPort its code (-1: any).
    bool any_code = !rule.contains("ToPort"sv) || to == "-1";
    return "type " + from + (any_code ? "" : " code " + to);
  }
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
  static constexpr std::string_view kIngress[] = {"CidrIp", "CidrIpv6", "SourceSecurityGroupId",
                                                  "SourceSecurityGroupName", "SourcePrefixListId"};
  static constexpr std::string_view kEgress[] = {"CidrIp", "CidrIpv6", "DestinationSecurityGroupId",
                                                 "DestinationPrefixListId"};
  for (std::string_view key : ingress ? std::span<const std::string_view>(kIngress)
                                      : std::span<const std::string_view>(kEgress)) {
    auto it = rule.find(key);
    if (it != rule.end())
      return key.find("SecurityGroup"sv) != std::string_view::npos ? GroupName(*it) : Scalar(*it);
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
  if (rule.contains("Description"sv)) r.description = Scalar(rule["Description"sv]);
  return r;
}

std::vector<SecurityGroupRule> ExtractRules(const ResourceList& resources) {
  std::vector<SecurityGroupRule> out;
  for (const auto& [id_view, resource_ptr] : resources) {
    const std::string id(id_view);
    const Json& resource = *resource_ptr;
    if (!resource.is_object()) continue;
    std::string type = StringMember(resource, "Type");
    auto props = resource.find("Properties"sv);
    if (props == resource.end() || !props->is_object()) continue;
    if (type == "AWS::EC2::SecurityGroup") {
      for (const auto& [key, ingress] :
           {std::pair{"SecurityGroupIngress", true}, std::pair{"SecurityGroupEgress", false}}) {
        auto rules = props->find(key);
        if (rules == props->end() || !rules->is_array()) continue;
        for (const auto& rule : *rules) {
          if (rule.is_object()) out.push_back(MakeRule(id, rule, ingress));
        }
      }
    } else if (type == "AWS::EC2::SecurityGroupIngress" ||
               type == "AWS::EC2::SecurityGroupEgress") {
      bool ingress = type == "AWS::EC2::SecurityGroupIngress";
      std::string group = props->contains("GroupId"sv)     ? GroupName((*props)["GroupId"sv])
                          : props->contains("GroupName"sv) ? Scalar((*props)["GroupName"sv])
                                                         : "?";
      out.push_back(MakeRule(group, *props, ingress));
    }
  }
  return out;
}

// An IPv4 CIDR as (network, prefix length); false if `s` is not one.
bool ParseCidr4(const std::string& s, std::uint32_t* net, int* len) {
  unsigned a, b, c, d;
  int n = -1;
  char tail;
  if (std::sscanf(s.c_str(), "%u.%u.%u.%u/%d%c", &a, &b, &c, &d, &n, &tail) != 5) return false;
  if (a > 255 || b > 255 || c > 255 || d > 255 || n < 0 || n > 32) return false;
  *net = (a << 24) | (b << 16) | (c << 8) | d;
  *len = n;
  return true;
}

// True if peer `outer` admits every address `inner` does (same text, or an
// IPv4 CIDR that contains the other).
bool PeerCovers(const std::string& outer, const std::string& inner) {
  if (outer == inner) return true;
  std::uint32_t on, in;
  int ol, il;
  if (!ParseCidr4(outer, &on, &ol) || !ParseCidr4(inner, &in, &il) || ol > il) return false;
  std::uint32_t mask = ol == 0 ? 0 : ~std::uint32_t{0} << (32 - ol);
  return (on & mask) == (in & mask);
}

// "443" -> [443, 443], "1024-2048" -> [1024, 2048], "all" -> [0, 65535].
bool PortRange(const std::string& ports, long* lo, long* hi) {
  if (ports == "all") {
    *lo = 0;
    *hi = 65535;
    return true;
  }
  char* end = nullptr;
  *lo = std::strtol(ports.c_str(), &end, 10);
  if (end == ports.c_str()) return false;
  *hi = *end == '-' ? std::strtol(end + 1, &end, 10) : *lo;
  return *end == '\0';
}

// True if replacing rule `removed` by `added` grants nothing new: same
// group and direction, protocol the same (or removed allowed all), ports
// and peer within the removed ones.
bool Covers(const SecurityGroupRule& removed, const SecurityGroupRule& added) {
  if (removed.group != added.group || removed.direction != added.direction) return false;
  if (removed.protocol != "all" && removed.protocol != added.protocol) return false;
  long rlo, rhi, alo, ahi;
  if (removed.protocol != "all") {
    if (!PortRange(removed.ports, &rlo, &rhi) || !PortRange(added.ports, &alo, &ahi)) return false;
    if (alo < rlo || ahi > rhi) return false;
  }
  return PeerCovers(removed.peer, added.peer);
}

}  // namespace

bool SecurityGroupRule::OpenToWorld() const { return peer == "0.0.0.0/0" || peer == "::/0"; }

std::string SecurityGroupRule::Key() const {
  return group + "|" + direction + "|" + protocol + "|" + ports + "|" + peer;
}

void DiffSecurityGroups(const Json& old_resources, const Json& new_resources, SecurityChanges* out,
                        const std::set<std::string>* only) {
  DiffSecurityGroupsOf(ListResources(old_resources, only), ListResources(new_resources, only), out);
}

void DiffSecurityGroupsOf(const ResourceList& old_resources, const ResourceList& new_resources,
                          SecurityChanges* out) {
  std::multimap<std::string, SecurityGroupRule> old_rules, new_rules;
  for (auto& r : ExtractRules(old_resources)) old_rules.emplace(r.Key(), std::move(r));
  for (auto& r : ExtractRules(new_resources)) new_rules.emplace(r.Key(), std::move(r));
  std::vector<SecurityGroupRuleChange> changes;
  for (auto& [key, rule] : old_rules) {
    auto match = new_rules.find(key);
    if (match != new_rules.end()) {
      new_rules.erase(match);
    } else {
      changes.push_back({ChangeKind::kRemoved, rule});
    }
  }
  // Not a structured binding: C++20 lets a lambda capture one, clang 14 not.
  for (auto& entry : new_rules) {
    SecurityGroupRule& rule = entry.second;
    bool covered =
        std::any_of(changes.begin(), changes.end(), [&](const SecurityGroupRuleChange& c) {
          return c.kind == ChangeKind::kRemoved && Covers(c.rule, rule);
        });
    if (!covered) out->permissions_broadened = true;
    changes.push_back({ChangeKind::kAdded, rule});
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
