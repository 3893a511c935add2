#ifndef CDKPP_INPUT_YAML_BLOCK_SUBSET_H_
#define CDKPP_INPUT_YAML_BLOCK_SUBSET_H_

#include <cstddef>
#include <string_view>

namespace cdkpp::input {

/// Receives the parse events of a YAML document, as libyaml reports them:
/// offsets are byte offsets of each node's start mark (its tag's, when it
/// has one). tag is the resolved tag ("!Ref", "tag:yaml.org,2002:str",
/// "!"), empty when the node has none. Each call returns false to stop the
/// read.
class YamlEventSink {
 public:
  virtual ~YamlEventSink() = default;
  virtual bool DocumentStart(std::size_t at) = 0;
  /// A scalar; plain is false for quoted and block scalars.
  virtual bool Scalar(std::string_view value, bool plain, std::string_view tag, std::size_t at) = 0;
  virtual bool OpenSequence(std::string_view tag, std::size_t at) = 0;
  virtual bool OpenMapping(std::string_view tag, std::size_t at) = 0;
  virtual bool Close() = 0;
};

/// Reads text when it is written in the subset of YAML that configs and
/// CloudFormation templates use: ASCII without tabs or carriage returns;
/// block mappings whose keys are one-line plain or quoted scalars; block
/// sequences (compact `- key: value` and `- - x` entries too); plain
/// scalars on one line; quoted scalars with escapes and line folding;
/// literal and folded block scalars; flow collections, over several lines
/// too; short tags (`!Ref`, `!!str`); comments; a leading `---` and a
/// closing `...`. No anchors, aliases, `?` keys, multi-line plain scalars,
/// directives or second documents. Gives sink exactly the events libyaml
/// would give for such text, many times faster.
/// Returns false as soon as the text leaves the subset (or the sink says
/// stop): the caller then discards what sink got and parses with libyaml,
/// which also words every syntax error.
bool ReadYamlBlockSubset(std::string_view text, YamlEventSink& sink);

}  // namespace cdkpp::input

#endif  // CDKPP_INPUT_YAML_BLOCK_SUBSET_H_
