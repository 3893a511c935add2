#include "config/layers.h"

#include <map>

#include "config/network_stacks.h"
#include "config/node_reader.h"
#include "config/schema/config_schema.h"
#include "config/schema_reader.h"

namespace cdkpp::config {
namespace {

using input::YamlNodePtr;
using Member = std::pair<YamlNodePtr, YamlNodePtr>;

inline constexpr const char* kUnknownEnvironmentError = "config.unknown-environment";

// The value of key's first occurrence in a mapping, or null.
YamlNodePtr FindMember(const YamlNodePtr& map, const std::string& key) {
  if (!map || !IsMap(*map)) return nullptr;
  for (const auto& [k, v] : map->members) {
    if (IsScalar(*k) && k->value == key) return v;
  }
  return nullptr;
}

const Member* FindEntry(const YamlNodePtr& map, const std::string& key) {
  if (!map || !IsMap(*map)) return nullptr;
  for (const Member& m : map->members) {
    if (IsScalar(*m.first) && m.first->value == key) return &m;
  }
  return nullptr;
}

// Registers every key of a layer, through nested mappings, under its path.
void RegisterLayer(LoadContext& ctx, const YamlNode& layer, const std::string& path) {
  if (!IsMap(layer)) return;
  for (const auto& [key, value] : layer.members) {
    if (!IsScalar(*key)) continue;
    std::string key_path = path + "." + key->value;
    ctx.SetLayerPath(key.get(), key_path);
    RegisterLayer(ctx, *value, key_path);
  }
}

// Merges the higher layer over onto under (either may be absent).
class Merger {
 public:
  explicit Merger(LoadContext& ctx) : ctx_(ctx) {}

  YamlNodePtr Merge(const YamlNodePtr& under, const YamlNodePtr& over) const {
    if (!under) return over;
    if (!over) return under;
    if (!IsMap(*under) || !IsMap(*over)) return over;  // lists and scalars replace
    return MergeMappings(*under, *over);
  }

 private:
  struct Slot {
    Member member;
    bool from_under = true;
    bool dropped = false;
  };

  YamlNodePtr MergeMappings(const YamlNode& under, const YamlNode& over) const {
    std::vector<Slot> slots;
    std::map<std::string, std::size_t> first;  // key -> slot of its first occurrence
    for (const Member& m : under.members) {
      if (IsScalar(*m.first)) first.emplace(m.first->value, slots.size());
      slots.push_back({m, true, false});
    }
    for (const Member& m : over.members) {
      auto it = IsScalar(*m.first) ? first.find(m.first->value) : first.end();
      if (it == first.end() || !slots[it->second].from_under) {
        if (IsScalar(*m.first)) first.emplace(m.first->value, slots.size());
        slots.push_back({m, false, false});  // duplicates stay, for the reader to report
        continue;
      }
      Slot& slot = slots[it->second];
      slot.from_under = false;
      if (IsNull(*m.second)) {
        slot.dropped = true;  // back to the built-in default
        continue;
      }
      // The stack entry's own key (it has no layer path) keeps the entry's
      // key paths for what the entry sets below it.
      const YamlNodePtr& key =
          ctx_.LayerPathOf(slot.member.first.get()) ? m.first : slot.member.first;
      slot.member = {key, Merge(slot.member.second, m.second)};
    }
    auto out = std::make_shared<YamlNode>(over);
    out->members.clear();
    for (Slot& slot : slots) {
      if (!slot.dropped) out->members.push_back(std::move(slot.member));
    }
    return out;
  }

  LoadContext& ctx_;
};

// One layer as found: its node (a mapping, or null when absent) and path.
struct Layer {
  YamlNodePtr node;
  std::string path;
};

// Checks that a layer is a mapping (null: empty) and drops the stack's
// identity from it; registers its keys.
YamlNodePtr UseLayer(LoadContext& ctx, const Member* entry, const std::string& path) {
  if (entry == nullptr || IsNull(*entry->second)) return nullptr;
  const YamlNodePtr& node = entry->second;
  if (!IsMap(*node)) {
    ctx.Error(
        kTypeError, ctx.At(*entry->first), path,
        "expected " + schema::StackLayerSection().what + " of stack keys, got " + Describe(*node));
    return nullptr;
  }
  RegisterLayer(ctx, *node, path);
  auto kept = std::make_shared<YamlNode>(*node);
  kept->members.clear();
  for (const Member& m : node->members) {
    bool identity = IsScalar(*m.first) && (m.first->value == "name" || m.first->value == "kind");
    if (!identity) {
      kept->members.push_back(m);
      continue;
    }
    ctx.Error(kUnknownKeyError, ctx.At(*m.first), path + "." + m.first->value,
              "a layer cannot set " + Quote(m.first->value) + "; set it in the stack entry");
  }
  return kept;
}

std::vector<std::string> StackNames(const YamlNodePtr& stacks) {
  std::vector<std::string> names;
  if (!stacks || !IsSequence(*stacks)) return names;
  for (const YamlNodePtr& item : stacks->items) {
    YamlNodePtr name = FindMember(item, "name");
    if (name && IsScalar(*name)) names.push_back(name->value);
  }
  return names;
}

// One environment's entry, read and checked.
struct EnvironmentLayers {
  ConfigEnvironment env;
  YamlNodePtr defaults;
  std::map<std::string, YamlNodePtr> stacks;  // stack name -> its layer
};

void ReadEnvironmentStacks(LoadContext& ctx, const Member* entry, const std::string& path,
                           const std::vector<std::string>& names, EnvironmentLayers* out) {
  if (entry == nullptr || IsNull(*entry->second)) return;
  MappingReader m(ctx, Field{entry->second.get(), path, entry->first->offset});
  for (auto& [name, field] : m.All()) {
    const Member* layer = FindEntry(entry->second, name);
    bool known = false;
    for (const std::string& n : names) known = known || n == name;
    if (!known) {
      ctx.Error(kUnknownKeyError, field.where, field.path,
                "no stack named " + Quote(name) + DidYouMean(name, names));
      continue;
    }
    if (YamlNodePtr node = UseLayer(ctx, layer, field.path)) out->stacks.emplace(name, node);
  }
}

std::vector<EnvironmentLayers> ReadEnvironments(LoadContext& ctx, const Member* entry,
                                                const std::vector<std::string>& stack_names) {
  std::vector<EnvironmentLayers> envs;
  if (entry == nullptr) return envs;
  MappingReader m(ctx, Field{entry->second.get(), "environments", entry->first->offset},
                  "a mapping of environment names to environments");
  for (auto& [name, field] : m.All()) {
    EnvironmentLayers layers;
    layers.env.name = name;
    ReadTable(ctx, field, schema::EnvironmentSection(), &layers.env);
    const Member* self = FindEntry(entry->second, name);
    YamlNodePtr node = self ? self->second : nullptr;
    layers.defaults = UseLayer(ctx, FindEntry(node, "defaults"), field.path + ".defaults");
    ReadEnvironmentStacks(ctx, FindEntry(node, "stacks"), field.path + ".stacks", stack_names,
                          &layers);
    envs.push_back(std::move(layers));
  }
  return envs;
}

void ReportUnknownEnvironment(LoadContext& ctx, const std::string& wanted,
                              const std::vector<EnvironmentLayers>& envs, const Member* entry) {
  std::vector<std::string> names;
  for (const EnvironmentLayers& e : envs) names.push_back(e.env.name);
  std::string message = "no environment named " + Quote(wanted) + DidYouMean(wanted, names);
  if (names.empty()) {
    message += "; the config declares no environments (add them under \"environments\")";
  } else {
    message += "; the config's environments:";
    for (const std::string& name : names) message += " " + name;
  }
  SourceLocation where = entry ? ctx.At(*entry->first) : ctx.source().Start();
  ctx.Error(kUnknownEnvironmentError, where, entry ? "environments" : "", message);
}

// The stacks list with each entry's layers merged in.
YamlNodePtr MergeStacks(LoadContext& ctx, const YamlNodePtr& stacks, const YamlNodePtr& defaults,
                        const EnvironmentLayers* env) {
  if (!stacks || !IsSequence(*stacks)) return stacks;
  Merger merger(ctx);
  YamlNodePtr below = merger.Merge(defaults, env ? env->defaults : nullptr);
  auto out = std::make_shared<YamlNode>(*stacks);
  out->items.clear();
  for (const YamlNodePtr& item : stacks->items) {
    if (!IsMap(*item)) {
      out->items.push_back(item);  // the reader reports it
      continue;
    }
    YamlNodePtr above;
    YamlNodePtr name = FindMember(item, "name");
    if (env && name && IsScalar(*name)) {
      auto it = env->stacks.find(name->value);
      if (it != env->stacks.end()) above = it->second;
    }
    // Defaults written for the pipelines do not reach a network stack.
    YamlNodePtr under = IsNetworkEntry(*item) ? NetworkLayer(below) : below;
    YamlNodePtr merged = merger.Merge(merger.Merge(under, item), above);
    if (merged != item) {
      auto copy = std::make_shared<YamlNode>(*merged);
      copy->offset = item->offset;  // errors about the entry point at the entry
      merged = std::move(copy);
    }
    out->items.push_back(std::move(merged));
  }
  return out;
}

}  // namespace

LayeredRoot ApplyLayers(LoadContext& ctx, const input::YamlNodePtr& root,
                        const std::string& environment) {
  LayeredRoot result;
  result.root = root;
  if (!root || !IsMap(*root)) return result;
  YamlNodePtr stacks = FindMember(root, "stacks");
  YamlNodePtr defaults = UseLayer(ctx, FindEntry(root, "defaults"), "defaults");
  const Member* env_entry = FindEntry(root, "environments");
  std::vector<EnvironmentLayers> envs = ReadEnvironments(ctx, env_entry, StackNames(stacks));
  const EnvironmentLayers* applied = nullptr;
  for (const EnvironmentLayers& e : envs) {
    result.environments.push_back(e.env);
    if (e.env.name == environment) applied = &e;
  }
  if (!environment.empty() && applied == nullptr) {
    ReportUnknownEnvironment(ctx, environment, envs, env_entry);
  }
  if (applied) result.applied = applied->env;
  auto out = std::make_shared<YamlNode>(*root);
  out->members.clear();
  for (const Member& m : root->members) {
    // Top-level "x-" keys only hold anchors for the rest of the file.
    if (IsScalar(*m.first) && m.first->value.rfind("x-", 0) == 0) continue;
    if (IsScalar(*m.first) && m.first->value == "stacks" && m.second == stacks) {
      out->members.emplace_back(m.first, MergeStacks(ctx, stacks, defaults, applied));
    } else {
      out->members.push_back(m);
    }
  }
  result.root = out;
  return result;
}

}  // namespace cdkpp::config
