#ifndef CDKPP_CONFIG_NODE_READER_H_
#define CDKPP_CONFIG_NODE_READER_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/load_context.h"
#include "input/scalar.h"
#include "input/yaml_document.h"
#include "util/suggest.h"

namespace cdkpp::config {

using internal::DidYouMean;
using internal::Suggest;

using input::YamlNode;

/// What a scalar means under the config rules of input::ClassifyScalar
/// (kString for a mapping or list: callers test for those first).
using input::ScalarKind;
ScalarKind Classify(const YamlNode& node);

inline bool IsMap(const YamlNode& node) { return node.kind == YamlNode::Kind::kMapping; }
inline bool IsSequence(const YamlNode& node) { return node.kind == YamlNode::Kind::kSequence; }
inline bool IsScalar(const YamlNode& node) { return node.kind == YamlNode::Kind::kScalar; }
inline bool IsNull(const YamlNode& node) { return node.kind == YamlNode::Kind::kNull; }

/// How an error message shows a value: `"two"`, `8.0`, `true`, `null`,
/// `a mapping`, `a list`.
std::string Describe(const YamlNode& node);

/// One value to read: the node, its key path and where errors about it point
/// (the key for mapping entries, the item for list items), as a byte offset
/// into the source: LoadContext turns it into file:line:column only for an
/// error or a record. The node belongs to the tree being read, which
/// outlives the read.
struct Field {
  const YamlNode* node = nullptr;
  std::string path;
  std::size_t where = 0;
};

/// Typed reads: each either stores into *out and returns true, or reports a
/// type error ("expected <what>, got <value>") and leaves *out alone. The
/// config schema's reader (schema_reader.h) builds on these.
bool ReadString(LoadContext& ctx, const Field& f, std::string* out);
bool ReadDouble(LoadContext& ctx, const Field& f, double* out);
bool ReadBool(LoadContext& ctx, const Field& f, bool* out);
/// Reports `expected "a" or "b", got "c"` plus a did-you-mean when close.
void ReportBadEnum(LoadContext& ctx, const Field& f, const std::vector<std::string>& listed);

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
  std::string PathOf(std::string_view key) const;

  /// Accepts key; returns its field when present. key must outlive the
  /// reader (the schema tables' keys do): Finish() names it in suggestions.
  const Field* Get(const std::string& key);
  /// Like Get, and reports `missing required key "<key>"` when absent.
  const Field* Require(const std::string& key);
  /// The field of key when a read asked for it and it is present.
  const Field* Found(std::string_view key) const;

  /// Every entry (first occurrence of each key) in file order, for mappings
  /// with free-form keys such as tags; accepts them all.
  std::vector<std::pair<std::string, Field>> All();

  /// Reports the keys no read asked for.
  void Finish();

 private:
  struct Entry {
    std::string_view key;  // the key node's text
    Field field;
    bool used = false;
  };

  // The entry of key, or nullptr.
  Entry* FindEntry(std::string_view key);

  LoadContext* ctx_;
  Field self_;
  bool ok_ = true;
  std::vector<Entry> entries_;             // first occurrence of each key, file order
  std::vector<const std::string*> known_;  // keys the reads asked for, for suggestions
};

/// The items of a list field, each with path "<path>[i]" and its location
/// recorded; reports `expected a list` (null is an empty list).
std::vector<Field> ListItems(LoadContext& ctx, const Field& f);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_NODE_READER_H_
