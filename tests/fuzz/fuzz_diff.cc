// libFuzzer target: `cdkpp diff OLD NEW` on two templates. The input is OLD,
// a NUL byte, then NEW (no template holds a NUL); without one, the input is
// diffed against an empty template both ways. Each diff is formatted in
// every format. Any outcome is fine except a crash, a sanitizer report or
// an exception.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "cdkpp/diff/format_diff.h"
#include "cdkpp/diff/template_diff.h"
#include "cdkpp/schema/resource_schemas.h"
#include "cdkpp/template/load_template.h"

namespace {

void DiffAndFormat(const cdkpp::Json& old_template, const cdkpp::Json& new_template) {
  static const cdkpp::ResourceSchemas schemas;  // read-only catalogue, built once
  for (bool strict : {false, true}) {
    cdkpp::diff::DiffOptions options;
    options.strict = strict;
    options.schemas = &schemas;
    cdkpp::diff::TemplateDiff d = cdkpp::diff::DiffTemplates(old_template, new_template, options);
    for (auto format : {cdkpp::diff::DiffFormat::kText, cdkpp::diff::DiffFormat::kJson,
                        cdkpp::diff::DiffFormat::kMarkdown}) {
      cdkpp::diff::FormatOptions f;
      f.format = format;
      f.color = format == cdkpp::diff::DiffFormat::kText;
      f.title = "old -> new";
      (void)cdkpp::diff::FormatDiff(d, f);
    }
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
  return 0;
}
