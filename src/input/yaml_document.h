#ifndef CDKPP_INPUT_YAML_DOCUMENT_H_
#define CDKPP_INPUT_YAML_DOCUMENT_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "input/limits.h"

namespace cdkpp::input {

/// One YAML node as the loader read it, independent of the YAML library: the
/// readers of configs and templates walk this, so the library can be changed
/// in yaml_document.cc alone. A plain, untagged null spelling (`~`, `null`,
/// empty) is a kNull node; every other scalar is kScalar. An alias is the anchored node itself
/// (shared, never copied), so nodes are immutable once loaded.
struct YamlNode {
  enum class Kind { kNull, kScalar, kSequence, kMapping };
  Kind kind = Kind::kNull;
  /// The tag as written ("!Ref", "tag:yaml.org,2002:str" for !!str); empty
  /// when the node has none.
  std::string tag;
  /// False for quoted and block scalars, which are always strings.
  bool plain = true;
  /// The scalar's text (kScalar only).
  std::string value;
  /// Byte offset of the node in the loaded text.
  std::size_t offset = 0;
  /// Sequence items, in order (kSequence only).
  std::vector<std::shared_ptr<const YamlNode>> items;
  /// Mapping members as key and value nodes, in file order, duplicates kept
  /// (kMapping only).
  std::vector<std::pair<std::shared_ptr<const YamlNode>, std::shared_ptr<const YamlNode>>> members;
  /// Nodes this one stands for with every alias below it expanded, and the
  /// collections nested in that expansion (0 for a scalar): what a reader
  /// that copies it will walk.
  std::size_t expanded_nodes = 1;
  int expanded_height = 0;
};
using YamlNodePtr = std::shared_ptr<const YamlNode>;

/// The outcome of loading text as exactly one YAML document (JSON is YAML too).
struct YamlLoad {
  enum class Kind {
    kOk,     ///< root holds the one document
    kEmpty,  ///< no document, or one that is only null / comments
    kError,  ///< message and offset say what and where
  };
  Kind kind = Kind::kOk;
  YamlNodePtr root;
  /// The whole message, e.g. "YAML syntax error: end of map not found" or
  /// "expected one YAML document, found a second one here".
  std::string message;
  std::size_t offset = 0;  ///< byte offset of the error
  /// Byte offset of the first alias (`*name`) when the document has one:
  /// configs allow aliases, CloudFormation templates do not.
  std::optional<std::size_t> first_alias;
};

/// Loads text as one YAML document, with the guards every reader of untrusted
/// input needs. Never throws, never hangs, and its memory stays proportional
/// to the text:
/// - a second document is an error at its start;
/// - nesting deeper than kMaxNesting levels is an error (counting what
///   aliases expand to);
/// - an alias inside the node it names (`&a [*a]`) is an error;
/// - aliases that would expand the document beyond a million nodes and four
///   times what is written (an "alias bomb") are an error.
/// The text is read as YAML 1.1 by libyaml (as PyYAML, and so cfn-lint,
/// reads it); what each scalar means is input::ClassifyScalar's business.
/// Text in the plain block subset configs are written in
/// (input/yaml_block_subset.h) is read without libyaml, to the same result.
YamlLoad LoadYamlDocument(std::string_view text);

/// LoadYamlDocument with libyaml alone, for tests that compare the two.
YamlLoad LoadYamlDocumentWithLibyaml(std::string_view text);

}  // namespace cdkpp::input

#endif  // CDKPP_INPUT_YAML_DOCUMENT_H_
