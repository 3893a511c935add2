// libFuzzer target: a template file as `cdkpp validate FILE` reads it (JSON,
// or YAML with short-form tags), validated and formatted three ways.
// Any outcome is fine except a crash, a sanitizer report or an exception.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "cdkpp/io/file_system.h"
#include "cdkpp/validate/format_findings.h"
#include "cdkpp/validate/validate_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // ".yaml": text starting with '{' is tried as JSON first, then as YAML, so
  // both readers see the input.
  const std::string path = "template.yaml";
  cdkpp::InMemoryFileSystem fs;
  fs.Put(path, std::string(reinterpret_cast<const char*>(data), size));
  cdkpp::validate::ValidateOptions options;
  options.schemas = cdkpp::validate::EmbeddedSchemas().get();
  auto report = cdkpp::validate::ValidateTemplateFile(path, fs, options);
  if (!report.ok()) {
    for (const auto& d : report.diagnostics()) (void)d.ToString();
    return 0;
  }
  std::vector<cdkpp::validate::TemplateReport> reports = {*report};
  (void)cdkpp::validate::FormatText(reports, true);
  (void)cdkpp::validate::FormatJson(reports);
  (void)cdkpp::validate::FormatSarif(reports);
  return 0;
}
