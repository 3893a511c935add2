#include "config/node_reader.h"

#include <charconv>
#include <cmath>
#include <map>

namespace cdkpp::config {
namespace {

void TypeError(LoadContext& ctx, const Field& f, const std::string& expected) {
  ctx.Error(kTypeError, f.where, f.path, "expected " + expected + ", got " + Describe(f.node));
}

// "a" or "b" / one of "a", "b", "c"
std::string Joined(const std::vector<std::string>& words) {
  if (words.size() == 2) return Quote(words[0]) + " or " + Quote(words[1]);
  std::string out = "one of ";
  for (std::size_t i = 0; i < words.size(); ++i) out += (i > 0 ? ", " : "") + Quote(words[i]);
  return out;
}

}  // namespace

ScalarKind Classify(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return ScalarKind::kNull;
  if (!node.IsScalar()) return ScalarKind::kString;  // callers test IsMap/IsSequence first
  // "!" marks a quoted scalar; an explicit !!str tag also forces a string.
  bool plain = node.Tag() != "!" && node.Tag() != "tag:yaml.org,2002:str";
  return input::ClassifyScalar(node.Scalar(), plain, input::ScalarRules::kConfig);
}

std::string Describe(const YAML::Node& node) {
  if (node.IsMap()) return "a mapping";
  if (node.IsSequence()) return "a list";
  switch (Classify(node)) {
    case ScalarKind::kNull:
      return "null";
    case ScalarKind::kString:
      return Quote(node.Scalar());
    default:
      return node.Scalar();
  }
}

bool ReadString(LoadContext& ctx, const Field& f, std::string* out) {
  // Numbers and booleans are refused rather than converted: `engineVersion: 8.0`
  // would otherwise silently mean something else than "8.0" after a round trip.
  if (!f.node.IsScalar() || Classify(f.node) != ScalarKind::kString) {
    std::string hint;
    if (f.node.IsScalar() && Classify(f.node) != ScalarKind::kNull) {
      hint = " (quote it: \"" + f.node.Scalar() + "\")";
    }
    TypeError(ctx, f, "a string" + hint);
    return false;
  }
  *out = f.node.Scalar();
  return true;
}

bool ReadDouble(LoadContext& ctx, const Field& f, double* out) {
  ScalarKind kind = f.node.IsScalar() ? Classify(f.node) : ScalarKind::kString;
  if (kind == ScalarKind::kInt || kind == ScalarKind::kFloat) {
    const std::string& s = f.node.Scalar();
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
  if (f.node.IsScalar() && Classify(f.node) == ScalarKind::kBool) {
    *out = f.node.Scalar()[0] == 't' || f.node.Scalar()[0] == 'T';
    return true;
  }
  TypeError(ctx, f, "true or false");
  return false;
}

void ReportBadEnum(LoadContext& ctx, const Field& f, const std::vector<std::string>& listed) {
  std::string message = "expected " + Joined(listed) + ", got " + Describe(f.node);
  if (f.node.IsScalar()) {
    std::string guess = Suggest(f.node.Scalar(), listed);
    if (!guess.empty()) message += "; did you mean " + Quote(guess) + "?";
  }
  ctx.Error(kTypeError, f.where, f.path, message);
}

std::vector<Field> ListItems(LoadContext& ctx, const Field& f) {
  std::vector<Field> items;
  if (f.node.IsNull()) return items;
  if (!f.node.IsSequence()) {
    TypeError(ctx, f, "a list");
    return items;
  }
  std::size_t i = 0;
  for (const auto& item : f.node) {
    Field field{item, f.path + "[" + std::to_string(i++) + "]", ctx.At(item.Mark())};
    if (!field.where.known()) field.where = f.where;
    ctx.Record(field.path, field.where);
    items.push_back(std::move(field));
  }
  return items;
}

MappingReader::MappingReader(LoadContext& ctx, const Field& self, const char* what)
    : ctx_(&ctx), self_(self) {
  if (self.node.IsNull()) return;
  if (!self.node.IsMap()) {
    TypeError(ctx, self, what);
    ok_ = false;
    return;
  }
  std::map<std::string, SourceLocation> seen;
  for (const auto& pair : self.node) {
    SourceLocation where = ctx.At(pair.first.Mark());
    if (!pair.first.IsScalar()) {
      ctx.Error(kTypeError, where, self.path, "expected a string key, got " + Describe(pair.first));
      continue;
    }
    const std::string& key = pair.first.Scalar();
    std::string path = PathOf(key);
    auto [it, inserted] = seen.emplace(key, where);
    if (!inserted) {
      ctx.Error(kDuplicateKeyError, where, path,
                "duplicate key; first defined at line " + std::to_string(it->second.line));
      continue;
    }
    ctx.Record(path, where);
    entries_.push_back({key, Field{pair.second, path, where}});
  }
}

std::string MappingReader::PathOf(const std::string& key) const {
  return self_.path.empty() ? key : self_.path + "." + key;
}

std::optional<Field> MappingReader::Get(const std::string& key) {
  known_.push_back(key);
  for (auto& entry : entries_) {
    if (entry.key == key) {
      entry.used = true;
      return entry.field;
    }
  }
  return std::nullopt;
}

std::optional<Field> MappingReader::Require(const std::string& key) {
  std::optional<Field> field = Get(key);
  if (!field && ok_) {
    ctx_->Error(kMissingKeyError, self_.where, self_.path, "missing required key " + Quote(key));
  }
  return field;
}

std::vector<std::pair<std::string, Field>> MappingReader::All() {
  std::vector<std::pair<std::string, Field>> all;
  for (auto& entry : entries_) {
    entry.used = true;
    all.emplace_back(entry.key, entry.field);
  }
  return all;
}

void MappingReader::Finish() {
  for (const auto& entry : entries_) {
    if (entry.used) continue;
    std::string message = "unknown key " + Quote(entry.key);
    std::string guess = Suggest(entry.key, known_);
    if (!guess.empty()) {
      message += "; did you mean " + Quote(guess) + "?";
    } else {
      std::string list;
      for (const auto& k : known_) list += (list.empty() ? "" : ", ") + k;
      message += "; expected one of: " + list;
    }
    ctx_->Error(kUnknownKeyError, entry.field.where, entry.field.path, message);
  }
}

}  // namespace cdkpp::config
