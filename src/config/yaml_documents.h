#ifndef CDKPP_CONFIG_YAML_DOCUMENTS_H_
#define CDKPP_CONFIG_YAML_DOCUMENTS_H_

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <optional>
#include <string>

namespace cdkpp::config {

/// The outcome of parsing config text as YAML (JSON is YAML too).
struct YamlParse {
  enum class Kind {
    kOk,             ///< root holds the one document
    kEmpty,          ///< no document, or one that is only null / comments
    kSyntaxError,    ///< message and offset say what and where
    kTooDeep,        ///< nesting beyond yaml-cpp's recursion limit
    kManyDocuments,  ///< more than one document; offset is where the second starts
  };
  Kind kind = Kind::kOk;
  YAML::Node root;
  std::string message;     ///< yaml-cpp's message for kSyntaxError
  std::size_t offset = 0;  ///< byte offset for errors
};

/// Parses text as exactly one YAML document. Never throws and never hangs:
/// yaml-cpp 0.7's LoadAll() loops forever (allocating) on input such as ", a"
/// (jbeder/yaml-cpp#1040), so documents are counted with a bounded loop that
/// also notices when the parser stops advancing.
YamlParse ParseYamlDocument(const std::string& text);

}  // namespace cdkpp::config

#endif  // CDKPP_CONFIG_YAML_DOCUMENTS_H_
