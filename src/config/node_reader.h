#ifndef CDKPP_CONFIG_NODE_READER_H_
#define CDKPP_CONFIG_NODE_READER_H_

#include <yaml-cpp/yaml.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "config/load_context.h"
#include "config/suggest.h"
#include "input/scalar.h"

namespace cdkpp::config {

/// What a scalar means under the config rules of input::ClassifyScalar.
using input::ScalarKind;
ScalarKind Classify(const YAML::Node& node);

/// How an error message shows a value: `"two"`, `8.0`, `true`, `null`,
/// `a mapping`, `a list`.
std::string Describe(const YAML::Node& node);

/// One value to read: the node, its key path and where errors about it point
/// (the key for mapping entries, the item for list items).
struct Field {
  YAML::Node node;
  std::string path;
  SourceLocation where;
};

/// Typed reads: each either stores into *out and returns true, or reports a
/// type error ("expected <what>, got <value>") and leaves *out alone.
bool ReadString(LoadContext& ctx, const Field& f, std::string* out);
bool ReadInt(LoadContext& ctx, const Field& f, int* out, const char* expected = "an integer");
bool ReadDouble(LoadContext& ctx, const Field& f, double* out);
bool ReadBool(LoadContext& ctx, const Field& f, bool* out);
/// A list of strings (a list item's path is "<path>[i]").
bool ReadStringList(LoadContext& ctx, const Field& f, std::vector<std::string>* out);

/// The accepted spellings of an enum. The first `listed` spellings appear in
/// error messages; later ones are accepted aliases (e.g. ON_DEMAND).
template <typename E>
struct EnumSpelling {
  std::vector<std::pair<std::string, E>> spellings;
  std::size_t listed;
};

/// Reports `expected "a" or "b", got "c"` plus a did-you-mean when close.
void ReportBadEnum(LoadContext& ctx, const Field& f, const std::vector<std::string>& listed);

template <typename E>
bool ReadEnum(LoadContext& ctx, const Field& f, E* out, const EnumSpelling<E>& spelling) {
  if (f.node.IsScalar() && Classify(f.node) == ScalarKind::kString) {
    for (const auto& [text, value] : spelling.spellings) {
      if (f.node.Scalar() == text) {
        *out = value;
        return true;
      }
    }
  }
  std::vector<std::string> listed;
  for (std::size_t i = 0; i < spelling.listed; ++i) listed.push_back(spelling.spellings[i].first);
  ReportBadEnum(ctx, f, listed);
  return false;
}

/// Reads one YAML mapping key by key. Construction checks that the node is a
/// mapping (null counts as empty, so `vpc:` alone means defaults), records
/// every key's location and reports duplicate and non-string keys. Each read
/// names a key the mapping accepts; Finish() then reports every other key as
/// unknown, with a did-you-mean from the accepted keys.
class MappingReader {
 public:
  /// what: how the expectation reads in an error ("a mapping").
  MappingReader(LoadContext& ctx, const Field& self, const char* what = "a mapping");

  /// False when the node was not a mapping; reads are then no-ops.
  bool ok() const { return ok_; }
  const std::string& path() const { return self_.path; }
  SourceLocation where() const { return self_.where; }
  std::string PathOf(const std::string& key) const;

  /// Accepts key; returns its field when present.
  std::optional<Field> Get(const std::string& key);
  /// Like Get, and reports `missing required key "<key>"` when absent.
  std::optional<Field> Require(const std::string& key);

  /// Optional keys of simple types: absent leaves *out unchanged.
  void String(const std::string& key, std::string* out);
  void Int(const std::string& key, int* out, const char* expected = "an integer");
  void Bool(const std::string& key, bool* out);
  void Double(const std::string& key, double* out);
  void StringList(const std::string& key, std::vector<std::string>* out);
  /// null (or absence) leaves *out empty / unchanged respectively.
  void OptionalInt(const std::string& key, std::optional<int>* out,
                   const char* expected = "an integer or null");
  void OptionalString(const std::string& key, std::optional<std::string>* out);
  template <typename E>
  void Enum(const std::string& key, E* out, const EnumSpelling<E>& spelling) {
    if (auto f = Get(key)) ReadEnum(*ctx_, *f, out, spelling);
  }

  /// Every entry (first occurrence of each key) in file order, for mappings
  /// with free-form keys such as tags; accepts them all.
  std::vector<std::pair<std::string, Field>> All();

  /// Reports the keys no read asked for.
  void Finish();

 private:
  struct Entry {
    std::string key;
    Field field;
    bool used = false;
  };

  LoadContext* ctx_;
  Field self_;
  bool ok_ = true;
  std::vector<Entry> entries_;      // first occurrence of each key, file order
  std::vector<std::string> known_;  // keys the reads asked for, for suggestions
};

/// The items of a list field, each with path "<path>[i]" and its location
/// recorded; reports `expected a list` (null is an empty list).
std::vector<Field> ListItems(LoadContext& ctx, const Field& f);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_NODE_READER_H_
