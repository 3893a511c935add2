#include "config/node_reader.h"

#include <charconv>
#include <cmath>
#include <unordered_map>

namespace cdkpp::config {
namespace {

void TypeError(LoadContext& ctx, const Field& f, const std::string& expected) {
  ctx.Error(kTypeError, f.where, f.path, "expected " + expected + ", got " + Describe(*f.node));
}

// "a" or "b" / one of "a", "b", "c"
std::string Joined(const std::vector<std::string>& words) {
  if (words.size() == 2) return Quote(words[0]) + " or " + Quote(words[1]);
  std::string out = "one of ";
  for (std::size_t i = 0; i < words.size(); ++i) out += (i > 0 ? ", " : "") + Quote(words[i]);
  return out;
}

}  // namespace

ScalarKind Classify(const YamlNode& node) {
  if (IsNull(node)) return ScalarKind::kNull;
  if (!IsScalar(node)) return ScalarKind::kString;  // callers test IsMap/IsSequence first
  // Quoted scalars are strings; so is one with an explicit !!str tag.
  bool plain = node.plain && node.tag != "tag:yaml.org,2002:str";
  return input::ClassifyScalar(node.value, plain, input::ScalarRules::kConfig);
}

std::string Describe(const YamlNode& node) {
  if (IsMap(node)) return "a mapping";
  if (IsSequence(node)) return "a list";
  switch (Classify(node)) {
    case ScalarKind::kNull:
      return "null";
    case ScalarKind::kString:
      return Quote(node.value);
    default:
      return node.value;
  }
}

bool ReadString(LoadContext& ctx, const Field& f, std::string* out) {
  // Numbers and booleans are refused rather than converted: `engineVersion: 8.0`
  // would otherwise silently mean something else than "8.0" after a round trip.
  const YamlNode& node = *f.node;
  if (!IsScalar(node) || Classify(node) != ScalarKind::kString) {
    std::string hint;
    if (IsScalar(node) && Classify(node) != ScalarKind::kNull) {
      hint = " (quote it: \"" + node.value + "\")";
    }
    TypeError(ctx, f, "a string" + hint);
    return false;
  }
  *out = node.value;
  return true;
}

bool ReadDouble(LoadContext& ctx, const Field& f, double* out) {
  ScalarKind kind = IsScalar(*f.node) ? Classify(*f.node) : ScalarKind::kString;
  if (kind == ScalarKind::kInt || kind == ScalarKind::kFloat) {
    const std::string& s = f.node->value;
    const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
    double value = 0;
    // from_chars never looks at the locale, unlike strtod.
    auto [end, ec] = std::from_chars(begin, s.data() + s.size(), value);
    if (ec == std::errc() && end == s.data() + s.size() && std::isfinite(value)) {
      *out = value;
      return true;
    }
  }
  TypeError(ctx, f, "a finite number");
  return false;
}

bool ReadBool(LoadContext& ctx, const Field& f, bool* out) {
  if (IsScalar(*f.node) && Classify(*f.node) == ScalarKind::kBool) {
    *out = f.node->value[0] == 't' || f.node->value[0] == 'T';
    return true;
  }
  TypeError(ctx, f, "true or false");
  return false;
}

void ReportBadEnum(LoadContext& ctx, const Field& f, const std::vector<std::string>& listed) {
  std::string message = "expected " + Joined(listed) + ", got " + Describe(*f.node);
  if (IsScalar(*f.node)) {
    std::string guess = Suggest(f.node->value, listed);
    if (!guess.empty()) message += "; did you mean " + Quote(guess) + "?";
  }
  ctx.Error(kTypeError, f.where, f.path, message);
}

std::vector<Field> ListItems(LoadContext& ctx, const Field& f) {
  std::vector<Field> items;
  if (IsNull(*f.node)) return items;
  if (!IsSequence(*f.node)) {
    TypeError(ctx, f, "a list");
    return items;
  }
  items.reserve(f.node->items.size());
  std::size_t i = 0;
  for (const auto& item : f.node->items) {
    Field field{item.get(), f.path + "[" + std::to_string(i++) + "]", item->offset};
    ctx.Record(field.path, field.where);
    items.push_back(std::move(field));
  }
  return items;
}

MappingReader::MappingReader(LoadContext& ctx, const Field& self, const char* what)
    : ctx_(&ctx), self_(self) {
  if (IsNull(*self.node)) return;
  if (!IsMap(*self.node)) {
    TypeError(ctx, self, what);
    ok_ = false;
    return;
  }
  entries_.reserve(self.node->members.size());
  // Large free-form mappings (task settings) find duplicates by hash; the
  // tables' mappings are small enough for a scan.
  constexpr std::size_t kScanLimit = 32;
  std::unordered_map<std::string_view, std::size_t> index;
  for (const auto& [key_node, value] : self.node->members) {
    std::size_t where = key_node->offset;
    if (!IsScalar(*key_node)) {
      ctx.Error(kTypeError, where, self.path, "expected a string key, got " + Describe(*key_node));
      continue;
    }
    std::string_view key = key_node->value;
    std::string path = PathOf(key);
    if (const std::string* layer = ctx.LayerPathOf(key_node.get())) {
      // A key merged in from a layer: errors name the layer; later stages
      // still find it under the entry's own path.
      ctx.Record(path, where);
      ctx.Alias(path, *layer);
      path = *layer;
    }
    const Entry* first = nullptr;
    if (self.node->members.size() <= kScanLimit) {
      first = FindEntry(key);
    } else if (auto [it, inserted] = index.emplace(key, entries_.size()); !inserted) {
      first = &entries_[it->second];
    }
    if (first != nullptr) {
      ctx.Error(kDuplicateKeyError, where, path,
                "duplicate key; first defined at line " +
                    std::to_string(ctx.source().LineAndColumnAt(first->field.where).first));
      continue;
    }
    ctx.Record(path, where);
    entries_.push_back({key, Field{value.get(), std::move(path), where}});
  }
}

std::string MappingReader::PathOf(std::string_view key) const {
  if (self_.path.empty()) return std::string(key);
  std::string path;
  path.reserve(self_.path.size() + 1 + key.size());
  path.append(self_.path).append(1, '.').append(key);
  return path;
}

MappingReader::Entry* MappingReader::FindEntry(std::string_view key) {
  for (Entry& entry : entries_) {
    if (entry.key == key) return &entry;
  }
  return nullptr;
}

const Field* MappingReader::Get(const std::string& key) {
  if (known_.empty()) known_.reserve(32);  // a table's keys: one allocation
  known_.push_back(&key);
  Entry* entry = FindEntry(key);
  if (entry == nullptr) return nullptr;
  entry->used = true;
  return &entry->field;
}

const Field* MappingReader::Require(const std::string& key) {
  const Field* field = Get(key);
  if (!field && ok_) {
    ctx_->Error(kMissingKeyError, self_.where, self_.path, "missing required key " + Quote(key));
  }
  return field;
}

const Field* MappingReader::Found(std::string_view key) const {
  for (const Entry& entry : entries_) {
    if (entry.used && entry.key == key) return &entry.field;
  }
  return nullptr;
}

std::vector<std::pair<std::string, Field>> MappingReader::All() {
  std::vector<std::pair<std::string, Field>> all;
  all.reserve(entries_.size());
  for (auto& entry : entries_) {
    entry.used = true;
    all.emplace_back(std::string(entry.key), entry.field);
  }
  return all;
}

void MappingReader::Finish() {
  std::vector<std::string> known;
  for (const auto& entry : entries_) {
    if (entry.used) continue;
    if (known.empty()) {
      for (const std::string* k : known_) known.push_back(*k);
    }
    std::string key(entry.key);
    std::string message = "unknown key " + Quote(key);
    std::string guess = Suggest(key, known);
    if (!guess.empty()) {
      message += "; did you mean " + Quote(guess) + "?";
    } else {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      message += "; expected one of: " + list;
    }
    ctx_->Error(kUnknownKeyError, entry.field.where, entry.field.path, message);
  }
}

}  // namespace cdkpp::config
