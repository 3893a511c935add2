#include <fmt/format.h>

#include <utility>

#include "cdkpp/validate/format_findings.h"
#include "util/utf8.h"

namespace cdkpp::validate {
namespace {

struct Palette {
  bool on;
  std::string Paint(const char* code, const std::string& text) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : text;
  }
  std::string Severity(cdkpp::Severity s, bool suppressed) const {
    std::string name = SeverityName(s);
    if (suppressed) return Paint("2", "suppressed " + name);
    switch (s) {
      case cdkpp::Severity::kError:
        return Paint("1;31", name);
      case cdkpp::Severity::kWarning:
        return Paint("33", name);
      case cdkpp::Severity::kInfo:
        return Paint("36", name);
    }
    return name;
  }
};

std::string Plural(int n, const char* word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

std::string Heading(const Finding& f) {
  if (f.logical_id.empty()) return "(template)";
  if (f.resource_type.empty()) return f.logical_id;
  return f.logical_id + " (" + f.resource_type + ")";
}

}  // namespace

std::string FormatSummaryLine(const TemplateReport& report) {
  int errors = 0, warnings = 0, infos = 0, suppressed = 0;
  for (const auto& f : report.findings) {
    if (f.suppressed) {
      ++suppressed;
      continue;
    }
    if (f.severity == Severity::kError) ++errors;
    if (f.severity == Severity::kWarning) ++warnings;
    if (f.severity == Severity::kInfo) ++infos;
  }
  return fmt::format("{}: {}, {}, {}, {} suppressed", report.name, Plural(errors, "error"),
                     Plural(warnings, "warning"), Plural(infos, "info"), suppressed);
}

std::string FormatText(const std::vector<TemplateReport>& reports, bool color,
                       bool list_suppressed) {
  Palette p{color};
  std::string out;
  for (const auto& report : reports) {
    out += p.Paint("1", report.name) + "\n";
    std::string group;
    bool first = true;
    for (const auto& f : report.findings) {
      if (f.suppressed && !list_suppressed) continue;
      std::string heading = Heading(f);
      if (first || heading != group) {
        out += "  " + p.Paint("1", heading) + "\n";
        group = heading;
        first = false;
      }
      out += fmt::format("    {} {} {}{}\n", p.Severity(f.severity, f.suppressed),
                         p.Paint("2", f.code),
                         f.key_path.empty() ? "" : f.key_path + ": ", f.message);
      std::string where = f.location.ToString();
      if (!where.empty()) out += "      at " + where + "\n";
      if (f.suppressed) {
        out += "      reason: " + f.suppression_reason + "\n";
      } else if (!f.fix.empty()) {
        out += "      fix: " + f.fix + "\n";
      }
    }
    out += FormatSummaryLine(report) + "\n";
  }
  // Findings quote template values, which may hold any bytes.
  return internal::ReplaceInvalidUtf8(std::move(out));
}

}  // namespace cdkpp::validate
