#include "config/network_stacks.h"

#include <map>
#include <set>
#include <vector>

#include "config/node_reader.h"

namespace cdkpp::config {
namespace {

using input::YamlNodePtr;

// The keys of a stack entry that a network stack has.
const std::set<std::string>& NetworkKeys() {
  static const std::set<std::string> kKeys = {"name", "kind",       "description", "tags",
                                              "vpc",  "monitoring", "suppressions"};
  return kKeys;
}

constexpr const char* kNetworkKeysText =
    "name, kind, description, tags, vpc, monitoring.logKmsEncryption and suppressions";

// vpc keys that say where a pipeline's VPC comes from, not what to create.
bool IsVpcSourceKey(const std::string& key) { return key == "existing" || key == "fromStack"; }

// Whether a network stack has this key of a section it shares with pipeline
// stacks: its vpc is created, never found; of monitoring, only the log key
// applies (to the flow-log group): there is no replication to watch.
bool NetworkSectionHas(const std::string& section, const std::string& key) {
  if (section == "vpc") return !IsVpcSourceKey(key);
  if (section == "monitoring") return key == "logKmsEncryption";
  return true;
}

YamlNodePtr FindValue(const YamlNode& map, const std::string& key) {
  for (const auto& [k, v] : map.members) {
    if (IsScalar(*k) && k->value == key) return v;
  }
  return nullptr;
}

// A copy of map with only the members keep() accepts (by key text).
template <typename Keep>
YamlNodePtr Filtered(const YamlNodePtr& map, Keep keep) {
  auto out = std::make_shared<YamlNode>(*map);
  out->members.clear();
  for (const auto& m : map->members) {
    if (IsScalar(*m.first) && keep(m.first->value, m.second)) out->members.push_back(m);
  }
  return out;
}

// The key path of a key node in a merged stack entry: its layer's, or the
// entry's own.
std::string EntryKeyPath(const LoadContext& ctx, const YamlNode& key,
                         const std::string& entry_path) {
  if (const std::string* layer = ctx.LayerPathOf(&key)) return *layer;
  return entry_path + "." + key.value;
}

// What a network stack's section holds that only a pipeline stack may.
std::string NetworkSectionProblem(const std::string& section, const std::string& key) {
  if (section == "vpc") {
    return "a network stack creates the VPC it exports: " + Quote(key) + " is for pipeline stacks";
  }
  return "a network stack has no replication to monitor: expected only logKmsEncryption (it "
         "encrypts the flow-log group), got " +
         Quote(key) + " (it is for pipeline stacks)";
}

void CheckNetworkSection(LoadContext& ctx, const std::string& section, const YamlNode& map,
                         const std::string& section_path) {
  for (const auto& [key, ignored] : map.members) {
    if (!IsScalar(*key) || NetworkSectionHas(section, key->value)) continue;
    ctx.Error(kUnknownKeyError, ctx.At(*key), EntryKeyPath(ctx, *key, section_path),
              NetworkSectionProblem(section, key->value));
  }
}

void CheckNetworkEntry(LoadContext& ctx, const YamlNode& entry, const StackConfig& stack) {
  for (const auto& [key, value] : entry.members) {
    if (!IsScalar(*key)) continue;
    std::string path = EntryKeyPath(ctx, *key, stack.key_path);
    if (!NetworkKeys().count(key->value)) {
      ctx.Error(kUnknownKeyError, ctx.At(*key), path,
                std::string("a network stack (kind: network) has only the shared VPC: expected "
                            "only ") +
                    kNetworkKeysText + ", got " + Quote(key->value) +
                    " (put it in a pipeline stack with vpc.fromStack: " + stack.name + ")");
      continue;
    }
    if (IsMap(*value)) CheckNetworkSection(ctx, key->value, *value, path);
  }
}

std::vector<std::string> NetworkNames(const PipelineConfig& config) {
  std::vector<std::string> names;
  for (const StackConfig& s : config.stacks) {
    if (s.kind == StackKind::kNetwork) names.push_back(s.name);
  }
  return names;
}

// The stack's fromStack chain back to itself ("A -> B -> A"), or "".
std::string CycleFrom(const StackConfig& start,
                      const std::map<std::string, const StackConfig*>& by_name) {
  std::string chain = start.name;
  std::set<std::string> seen = {start.name};
  const StackConfig* at = &start;
  while (at->props.vpc_from_stack) {
    const std::string& next = *at->props.vpc_from_stack;
    chain += " -> " + next;
    if (next == start.name) return chain;
    auto it = by_name.find(next);
    if (it == by_name.end() || !seen.insert(next).second) return "";
    at = it->second;
  }
  return "";
}

void CheckFromStack(LoadContext& ctx, const StackConfig& stack, const PipelineConfig& config,
                    const std::map<std::string, const StackConfig*>& by_name) {
  const std::string& target = *stack.props.vpc_from_stack;
  std::string path = stack.key_path + ".vpc.fromStack";
  std::string where = ctx.Resolve(path);
  std::vector<std::string> networks = NetworkNames(config);
  std::string cycle = CycleFrom(stack, by_name);
  auto it = by_name.find(target);
  std::string problem;
  if (!cycle.empty()) {
    problem = "a fromStack cycle: " + cycle;
  } else if (it == by_name.end()) {
    problem = "no stack named " + Quote(target);
  } else if (it->second->kind != StackKind::kNetwork) {
    problem = Quote(target) + " is a pipeline stack";
  } else {
    return;
  }
  std::string expected = networks.empty()
                             ? "a network stack of this config (none has kind: network)"
                             : "the name of a network stack of this config (kind: network)";
  ctx.Error(kValueError, ctx.LocationOf(path), where,
            "expected " + expected + ", got " + Quote(target) + ": " + problem +
                DidYouMean(target, networks));
}

}  // namespace

bool IsNetworkEntry(const YamlNode& entry) {
  if (!IsMap(entry)) return false;
  YamlNodePtr kind = FindValue(entry, "kind");
  return kind && IsScalar(*kind) && kind->value == "network";
}

YamlNodePtr NetworkLayer(const YamlNodePtr& layer) {
  if (!layer || !IsMap(*layer)) return layer;
  YamlNodePtr kept = Filtered(layer, [](const std::string& key, const YamlNodePtr&) {
    return NetworkKeys().count(key) > 0;
  });
  auto out = std::make_shared<YamlNode>(*kept);
  for (auto& [key, value] : out->members) {
    if (!IsMap(*value)) continue;
    const std::string& section = key->value;
    value = Filtered(value, [&section](const std::string& k, const YamlNodePtr&) {
      return NetworkSectionHas(section, k);
    });
  }
  return out;
}

void CheckNetworkStacks(LoadContext& ctx, const YamlNode& root, const PipelineConfig& config) {
  YamlNodePtr entries = IsMap(root) ? FindValue(root, "stacks") : nullptr;
  std::map<std::string, const StackConfig*> by_name;
  for (const StackConfig& s : config.stacks) by_name.emplace(s.name, &s);
  for (std::size_t i = 0; i < config.stacks.size(); ++i) {
    const StackConfig& stack = config.stacks[i];
    if (stack.kind == StackKind::kNetwork) {
      if (entries && IsSequence(*entries) && i < entries->items.size()) {
        CheckNetworkEntry(ctx, *entries->items[i], stack);
      }
    } else if (stack.props.vpc_from_stack) {
      CheckFromStack(ctx, stack, config, by_name);
    }
  }
}

}  // namespace cdkpp::config
