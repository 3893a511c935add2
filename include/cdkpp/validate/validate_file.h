#ifndef CDKPP_VALIDATE_VALIDATE_FILE_H_
#define CDKPP_VALIDATE_VALIDATE_FILE_H_

// Validation of a template file as given on the command line (any JSON or
// YAML template, not necessarily one cdkpp wrote).

#include <string>
#include <vector>

#include "cdkpp/core/result.h"
#include "cdkpp/io/file_system.h"
#include "cdkpp/template/load_template.h"
#include "cdkpp/validate/format_findings.h"
#include "cdkpp/validate/validate.h"

namespace cdkpp::validate {

/// Reads and parses `path` (LoadTemplate rules: JSON or YAML with short-form
/// tags), then validates it with `options`, measuring the file's own size
/// for the size rules and locating each finding where its property is
/// written (a misspelt property at its own key; a finding on a property the
/// file lacks at the nearest enclosing part, such as the resource). Errors (unreadable, unparsable) are diagnostics
/// with file:line:col.
Result<TemplateReport> ValidateTemplateFile(const std::string& path, const FileSystem& fs,
                                            ValidateOptions options);

/// ValidateTemplateFile's two steps, for a caller that keeps the parsed
/// template (the CLI keeps it until the process exits: freeing a large tree
/// costs more than a tenth of the validation).
struct TemplateFile {
  std::string path;
  std::size_t bytes = 0;  // the file's size, for the size rules
  LocatedTemplate parsed;
};
Result<TemplateFile> ReadTemplateFile(const std::string& path, const FileSystem& fs);
TemplateReport ValidateTemplateFile(const TemplateFile& file, ValidateOptions options);

/// The template paths of the cloud assembly in `dir`, as its manifest.json
/// lists them (artifacts of type aws:cloudformation:stack, in manifest
/// order), each as dir/<templateFile>. An error when the manifest is missing
/// or malformed.
Result<std::vector<std::string>> AssemblyTemplatePaths(const std::string& dir,
                                                       const FileSystem& fs);

}  // namespace cdkpp::validate

#endif  // CDKPP_VALIDATE_VALIDATE_FILE_H_
