#include <fmt/format.h>

#include <iterator>
#include <string_view>
#include <utility>

#include "cdkpp/validate/format_findings.h"
#include "util/utf8.h"

namespace cdkpp::validate {
namespace {

// Appends to one output string: a report of hundreds of findings built
// from temporaries cost more than the rules that found them.
struct Palette {
  bool on;
  void Paint(std::string* out, const char* code, std::string_view text) const {
    if (on) {
      fmt::format_to(std::back_inserter(*out), "\x1b[{}m{}\x1b[0m", code, text);
    } else {
      out->append(text);
    }
  }
  void Severity(std::string* out, cdkpp::Severity s, bool suppressed) const {
    std::string name = SeverityName(s);
    if (suppressed) return Paint(out, "2", "suppressed " + name);
    switch (s) {
      case cdkpp::Severity::kError:
        return Paint(out, "1;31", name);
      case cdkpp::Severity::kWarning:
        return Paint(out, "33", name);
      case cdkpp::Severity::kInfo:
        return Paint(out, "36", name);
    }
    out->append(name);
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
    p.Paint(&out, "1", report.name);
    out += '\n';
    std::string group;
    bool first = true;
    for (const auto& f : report.findings) {
      if (f.suppressed && !list_suppressed) continue;
      std::string heading = Heading(f);
      if (first || heading != group) {
        out += "  ";
        p.Paint(&out, "1", heading);
        out += '\n';
        group = std::move(heading);
        first = false;
      }
      out += "    ";
      p.Severity(&out, f.severity, f.suppressed);
      out += ' ';
      p.Paint(&out, "2", f.code);
      out += ' ';
      if (!f.key_path.empty()) {
        out += f.key_path;
        out += ": ";
      }
      out += f.message;
      out += '\n';
      std::string where = f.location.ToString();
      if (!where.empty()) {
        out += "      at ";
        out += where;
        out += '\n';
      }
      if (f.suppressed) {
        out += "      reason: ";
        out += f.suppression_reason;
        out += '\n';
      } else if (!f.fix.empty()) {
        out += "      fix: ";
        out += f.fix;
        out += '\n';
      }
    }
    out += FormatSummaryLine(report);
    out += '\n';
  }
  // Findings quote template values, which may hold any bytes.
  return internal::ReplaceInvalidUtf8(std::move(out));
}

}  // namespace cdkpp::validate
