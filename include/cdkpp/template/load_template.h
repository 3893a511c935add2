#ifndef CDKPP_TEMPLATE_LOAD_TEMPLATE_H_
#define CDKPP_TEMPLATE_LOAD_TEMPLATE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cdkpp/core/json.h"
#include "cdkpp/core/result.h"
#include "cdkpp/io/file_system.h"

namespace cdkpp {

/// Parses the text of a CloudFormation template, JSON or YAML, into JSON.
///
/// - Text whose first non-blank character is '{' is read as JSON; anything
///   else as YAML, as is a .yaml/.yml file that is not valid JSON (YAML flow
///   style "{Resources: ...}"). A UTF-8 byte order mark is skipped.
/// - YAML scalars mean what they mean to CloudFormation, which reads YAML
///   1.1 (docs/yaml.md): plain `Yes`/`No`/`On`/`Off`/`true`/`false` are
///   booleans, `null`/`~` null, YAML 1.1 integers and floats numbers; quoted
///   scalars stay strings, as do an account id like "012345678901" (not
///   octal), dates, `.inf` and `.nan`.
/// - A number beyond the range of a double (1e999), invalid UTF-8, a second
///   YAML document, a key written twice in one mapping or object, nesting
///   deeper than 200 levels, an alias inside the node it names and aliases
///   that expand to millions of nodes are errors.
/// - YAML short-form intrinsic tags become the long JSON form:
///   `!Ref X` -> {"Ref": "X"}, `!Condition X` -> {"Condition": "X"},
///   `!GetAtt A.B.C` -> {"Fn::GetAtt": ["A", "B.C"]} (list form kept),
///   `!Sub`, `!Join`, `!Select`, `!Split`, `!GetAZs`, `!ImportValue`, `!If`,
///   `!Equals`, `!Not`, `!And`, `!Or`, `!FindInMap`, `!Base64`, `!Cidr`,
///   `!Transform`, `!Length`, `!ToJsonString`, `!ForEach`, and the Rules
///   functions `!Contains`, `!EachMemberEquals`, `!EachMemberIn`, `!RefAll`,
///   `!ValueOf`, `!ValueOfAll` -> {"Fn::<Name>": ...}.
///   Any other tag is an error at its position.
/// - Object keys keep their order in the file.
/// - The root must be a mapping.
///
/// On error, returns one Diagnostic (code "template.parse") whose location is
/// path:line:col (1-based) and whose detail is the offending source line
/// followed by a caret line under the column.
Result<Json> ParseTemplate(const std::string& path, std::string_view text);

/// Where the parts of a parsed template are written in its file. Cheap to
/// copy (the data is shared and immutable).
class TemplateSourceMap {
 public:
  TemplateSourceMap();
  ~TemplateSourceMap();
  TemplateSourceMap(const TemplateSourceMap&);
  TemplateSourceMap& operator=(const TemplateSourceMap&);

  /// The file:line:col of the part at json_pointer (RFC 6901, e.g.
  /// "/Resources/Bucket/Properties/BucketName"): its key for object members,
  /// the value itself for array items. A pointer to something not written in
  /// the file gives the location of its nearest written ancestor. Columns
  /// count code points.
  SourceLocation Locate(std::string_view json_pointer) const;
  /// True when json_pointer names a part written in the file.
  bool Contains(std::string_view json_pointer) const;

 private:
  friend struct TemplateSourceMapAccess;
  struct Data;
  std::shared_ptr<const Data> data_;
};

/// A parsed template with the source map of its text.
struct LocatedTemplate {
  Json json;
  TemplateSourceMap source_map;
};

/// ParseTemplate, also recording where each object member and array item is
/// written (the cost is a side table; ParseTemplate skips it). The source
/// map keeps the text: pass it by move to spare a copy of a large file.
Result<LocatedTemplate> ParseTemplateWithSourceMap(const std::string& path, std::string text);

/// Reads `path` through `fs` and parses it as ParseTemplate does. A file that
/// cannot be read gives one Diagnostic with code "template.read".
Result<Json> LoadTemplate(const std::string& path, const FileSystem& fs);

/// Two versions of a template, read for comparison (diff::DiffTemplates).
struct TemplatePair {
  Json old_template;
  /// As LoadTemplate reads it, except that each resource listed in
  /// same_resources holds null in place of its value, which is the old
  /// template's.
  Json new_template;
  /// Logical ids of the resources whose text is byte for byte the same in
  /// both files, sorted: parsed once, not twice. Empty when either template
  /// is YAML or declares AWS::LanguageExtensions (expanded before the
  /// comparison); a resource whose strings hold a byte from 0x7F up is never
  /// listed.
  std::vector<std::string> same_resources;
};

/// Two templates read apart as a pair (no same resources), or the errors of
/// both, the old template's first.
Result<TemplatePair> PairTemplates(Result<Json> old_template, Result<Json> new_template);

/// LoadTemplate of both files, faster when most resources did not change:
/// a resource whose text is the same in both is parsed once. On error,
/// every error of both (the old template's first), as LoadTemplate of each
/// gives them.
Result<TemplatePair> LoadTemplatePair(const std::string& old_path, const std::string& new_path,
                                      const FileSystem& fs);

}  // namespace cdkpp

#endif  // CDKPP_TEMPLATE_LOAD_TEMPLATE_H_
