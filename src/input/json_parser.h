#ifndef CDKPP_INPUT_JSON_PARSER_H_
#define CDKPP_INPUT_JSON_PARSER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "cdkpp/core/diagnostic.h"
#include "cdkpp/core/json.h"
#include "input/position_tree.h"
#include "input/source_text.h"
#include "input/yaml_document.h"

namespace cdkpp::input {

/// The members of one member of the root object (a template's "Resources"),
/// by the text of their values: for comparing two versions of a document
/// without building what is the same in both (cdkpp diff).
struct SectionTexts {
  std::string_view section;  ///< the root's member whose members these are
  /// Filled: each member's key and the text of its value, views of the input.
  /// Left out: members whose key holds an escape or a byte beyond ASCII,
  /// and those whose value holds a string with a byte from 0x7F up (a parse
  /// that skips such text could not tell beyond_ascii).
  std::vector<std::pair<std::string_view, std::string_view>> texts;
  /// When set: a member whose value's text (an object, array or string) is
  /// byte for byte the text given here for its key is not read: its value is
  /// left null and its key added to `unread`. The same text at the same depth
  /// parses to the same value, without error. Only with reject_duplicate_keys
  /// and without positions; the texts must be ones `texts` would hold.
  const std::unordered_map<std::string_view, std::string_view>* known = nullptr;
  std::vector<std::string_view> unread;
};

/// What ParseJson records and refuses beyond RFC 8259.
struct JsonOptions {
  /// When set, every object member (at its key) and array item is recorded
  /// in it.
  PositionTree* positions = nullptr;
  /// A key written twice in one object is an error (at the second key).
  bool reject_duplicate_keys = false;
  /// When set, told whether a string (or key) held a byte from 0x7F up: DEL
  /// or UTF-8. Only then can text that parsed hold what FindEncodingError
  /// (input/source_text.h) refuses (DEL, an overlong or surrogate UTF-8
  /// sequence), so a reader of clean ASCII JSON can skip that pass.
  bool* beyond_ascii = nullptr;
  /// When set, the members of one section are recorded (and may be skipped)
  /// by their text.
  SectionTexts* section_texts = nullptr;
};

/// Where and why JSON text is not valid.
struct JsonError {
  std::size_t offset = 0;
  std::string message;
  /// For a duplicate key: the offset of its first occurrence.
  std::optional<std::size_t> first_key_offset;
};

/// Parses RFC 8259 JSON text into an ordered Json (keys in file order), in
/// time linear in the input.
///
/// Why not nlohmann's parser: it inserts each object key with a linear search
/// of the ordered_map, grows the map by deep-copying its const-keyed members,
/// and lexes strings a character at a time; together most of `cdkpp diff`'s
/// time on a 500-resource pair. This parser scans strings in runs, collects
/// an object's members before building it at its final size, and checks
/// duplicate keys once per object (by default the last value wins, at the
/// first key's position, as in nlohmann).
///
/// Numbers are read by ReadNumber (input/number.h): integers that fit in
/// int64 (or uint64) stay integers, others are doubles, and a number beyond
/// the double range is an error. Strings must be valid UTF-8 without raw
/// control characters. Nesting deeper than kMaxNesting levels is an error (no
/// stack overflow on hostile input).
///
/// Returns the error: the 0-based byte offset of the offending character and
/// a message ("expected ':' after an object key, got '}'"). *out then holds
/// an unspecified value.
std::optional<JsonError> ParseJson(std::string_view text, Json* out,
                                   const JsonOptions& options = {});

/// Parses JSON text into the tree LoadYamlDocument builds from the same text
/// (JSON is YAML), for readers that walk YamlNode: objects are mappings whose
/// keys are quoted scalars, strings quoted scalars, numbers, true and false
/// plain scalars with their text as written, null a null node. Every key is
/// kept, duplicates too, for the reader to report. The same syntax and range
/// rules as ParseJson.
std::optional<JsonError> ParseJsonTree(std::string_view text, YamlNodePtr* out);

/// ParseJson with the error as offset and message (false on error).
bool ParseJsonFast(std::string_view text, Json* out, std::size_t* error_offset,
                   std::string* error_message);

/// ParseJsonFast on the text of an input file, for every reader of one
/// (config or template): a syntax error is a Diagnostic with the given code,
/// the message "JSON syntax error: <what>", its location and a caret excerpt.
/// A duplicate key's message is "duplicate key \"K\"; first defined at line
/// L, column C", as the YAML template reader words it.
std::optional<Diagnostic> ReadJson(const SourceText& source, const char* code, Json* out,
                                   const JsonOptions& options = {});

/// ReadJson building ParseJsonTree's tree.
std::optional<Diagnostic> ReadJsonTree(const SourceText& source, const char* code,
                                       YamlNodePtr* out);

/// The Diagnostic ReadJson makes of a JsonError in source.
Diagnostic JsonErrorDiagnostic(const SourceText& source, const char* code, JsonError error);

}  // namespace cdkpp::input

#endif  // CDKPP_INPUT_JSON_PARSER_H_
