// libFuzzer target: `cdkpp diff OLD NEW` on two templates. The input is OLD,
// a NUL byte, then NEW (no template holds a NUL); without one, the input is
// diffed against an empty template both ways. Each diff is formatted in
// every format. Any outcome is fine except a crash, a sanitizer report or
// an exception, or LoadTemplatePair (which reads a resource written the
// same in both once) disagreeing with the two templates read apart: other
// errors, or another diff.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "cdkpp/diff/format_diff.h"
#include "cdkpp/diff/template_diff.h"
#include "cdkpp/io/file_system.h"
#include "cdkpp/schema/resource_schemas.h"
#include "cdkpp/template/load_template.h"

namespace {

const cdkpp::ResourceSchemas& Schemas() {
  static const cdkpp::ResourceSchemas schemas;  // read-only catalogue, built once
  return schemas;
}

// Every format of the diff, one after the other.
std::string FormatAll(const cdkpp::diff::TemplateDiff& d) {
  std::string out;
  for (auto format : {cdkpp::diff::DiffFormat::kText, cdkpp::diff::DiffFormat::kJson,
                      cdkpp::diff::DiffFormat::kMarkdown}) {
    cdkpp::diff::FormatOptions f;
    f.format = format;
    f.color = format == cdkpp::diff::DiffFormat::kText;
    f.title = "old -> new";
    out += cdkpp::diff::FormatDiff(d, f);
  }
  return out;
}

cdkpp::diff::DiffOptions Options(bool strict) {
  cdkpp::diff::DiffOptions options;
  options.strict = strict;
  options.schemas = &Schemas();
  return options;
}

void DiffAndFormat(const cdkpp::Json& old_template, const cdkpp::Json& new_template) {
  for (bool strict : {false, true}) {
    (void)FormatAll(cdkpp::diff::DiffTemplates(old_template, new_template, Options(strict)));
  }
}

std::string Describe(const cdkpp::Diagnostics& diagnostics) {
  std::string out;
  for (const cdkpp::Diagnostic& d : diagnostics) out += d.ToString() + "\n";
  return out;
}

// LoadTemplatePair must say what ParseTemplate of each says.
void CheckPair(std::string_view old_text, std::string_view new_text,
               const cdkpp::Result<cdkpp::Json>& old_template,
               const cdkpp::Result<cdkpp::Json>& new_template) {
  cdkpp::InMemoryFileSystem fs;
  fs.Put("old.yaml", std::string(old_text));
  fs.Put("new.yaml", std::string(new_text));
  cdkpp::Result<cdkpp::TemplatePair> pair = cdkpp::LoadTemplatePair("old.yaml", "new.yaml", fs);
  if (pair.ok() != (old_template.ok() && new_template.ok())) __builtin_trap();
  if (!pair.ok()) {
    cdkpp::Diagnostics apart;
    for (const auto* t : {&old_template, &new_template}) {
      if (!t->ok()) apart.insert(apart.end(), t->diagnostics().begin(), t->diagnostics().end());
    }
    if (Describe(pair.diagnostics()) != Describe(apart)) __builtin_trap();
    return;
  }
  std::string as_pair = FormatAll(cdkpp::diff::DiffTemplates(*pair, Options(false)));
  if (as_pair != FormatAll(cdkpp::diff::DiffTemplates(*old_template, *new_template, Options(false)))) {
    __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t split = input.find('\0');
  cdkpp::Result<cdkpp::Json> old_template =
      cdkpp::ParseTemplate("old.yaml", input.substr(0, split));
  if (split == std::string_view::npos) {
    if (!old_template.ok()) return 0;
    DiffAndFormat(*old_template, cdkpp::Json::object());
    DiffAndFormat(cdkpp::Json::object(), *old_template);
    return 0;
  }
  cdkpp::Result<cdkpp::Json> new_template = cdkpp::ParseTemplate("new.yaml", input.substr(split + 1));
  if (old_template.ok() && new_template.ok()) DiffAndFormat(*old_template, *new_template);
  CheckPair(input.substr(0, split), input.substr(split + 1), old_template, new_template);
  return 0;
}
