#ifndef CDKPP_INPUT_YAML_SCALAR_SCAN_H_
#define CDKPP_INPUT_YAML_SCALAR_SCAN_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace cdkpp::input {

/// Returned by the scanners below when libyaml would report an error there,
/// or the text is one they leave to libyaml.
inline constexpr std::size_t kScanDeclined = static_cast<std::size_t>(-1);

/// The quoted scalar whose opening quote (' or ") is at text[start], read as
/// libyaml 0.2.5 reads it: '' and backslash escapes, line folding, escaped
/// line breaks. text is ASCII without tabs or carriage returns (the block
/// subset's precondition). Returns the offset after the closing quote and
/// sets *value to the scalar's text: a slice of text when it holds neither
/// escape nor line break, else *buffer.
std::size_t ScanQuotedScalar(std::string_view text, std::size_t start, std::string_view* value,
                             std::string* buffer);

/// The block scalar whose indicator (| or >) is at text[start], read as
/// libyaml 0.2.5 reads it (chomping and indentation indicators, folding).
/// parent_indent is the column of the block collection holding it. Returns
/// the offset of the line where libyaml's scan stopped (text.size() at the
/// end); the scalar's text goes to *value.
std::size_t ScanBlockScalar(std::string_view text, std::size_t start, std::size_t parent_indent,
                            std::string* value);

/// Whether a line starting at i begins with a document marker (--- or ...
/// followed by a blank or the end of a line).
bool IsYamlDocumentMarker(std::string_view text, std::size_t i);

}  // namespace cdkpp::input

#endif  // CDKPP_INPUT_YAML_SCALAR_SCAN_H_
