// The human format: sections, then resources as trees, then the security
// summary and a one-line count. Color is decided by the caller.
#include <string>
#include <string_view>

#include "diff/format_internal.h"

namespace cdkpp::diff {
namespace {

// Appends to one string as it goes: the output of a large diff is tens of
// kilobytes, and a string built per line and per colored piece was most of
// the formatting.
class TextWriter {
 public:
  explicit TextWriter(bool color) : color_(color) { out_.reserve(std::size_t{1} << 14); }

  // s, in the color of the SGR `code` when colors are on.
  void Paint(std::string_view s, const char* code) {
    if (!color_) {
      out_ += s;
      return;
    }
    out_ += "\x1b[";
    out_ += code;
    out_ += 'm';
    out_ += s;
    out_ += "\x1b[0m";
  }
  void Marker(ChangeKind kind) {
    switch (kind) {
      case ChangeKind::kAdded:
        return Paint("[+]", "32");
      case ChangeKind::kRemoved:
        return Paint("[-]", "31");
      case ChangeKind::kModified:
        break;
    }
    Paint("[~]", "33");
  }
  void ImpactLabel(Impact impact) {
    switch (impact) {
      case Impact::kReplace:
        return Paint("replace", "1;31");
      case Impact::kMayReplace:
        return Paint("may be replaced", "1;33");
      case Impact::kDestroy:
        return Paint("destroy", "1;31");
      case Impact::kOrphan:
        return Paint("orphan", "33");
      case Impact::kCreate:
        return Paint("create", "32");
      case Impact::kUpdate:
        out_ += "update";
        return;
      case Impact::kNone:
        break;
    }
    out_ += "no change to the physical resource";
  }

  // A line's start: its indentation and change marker, then a space.
  void MarkedLine(int indent, ChangeKind kind) {
    Indent(indent);
    Marker(kind);
    out_ += ' ';
  }
  void Indent(int indent) { out_.append(static_cast<std::size_t>(indent), ' '); }
  void EndLine() { out_ += '\n'; }
  void Line(int indent, std::string_view text) {
    Indent(indent);
    out_ += text;
    EndLine();
  }

  void Values(const std::vector<ValueDiff>& diffs, int indent, bool top_level) {
    for (const ValueDiff& d : diffs) {
      MarkedLine(indent, d.kind);
      out_ += d.key.empty() ? std::string_view("(value)") : std::string_view(d.key);
      bool replaces =
          top_level && (d.impact == Impact::kReplace || d.impact == Impact::kMayReplace);
      if (!d.leaf() || d.json_string) {
        if (d.json_string) out_ += " (JSON string)";
        ImpactSuffix(replaces, d.impact);
        Values(d.children, indent + 4, false);
        continue;
      }
      out_ += ": ";
      switch (d.kind) {
        case ChangeKind::kAdded:
          Paint(RenderValue(d.new_value), "32");
          break;
        case ChangeKind::kRemoved:
          Paint(RenderValue(d.old_value), "31");
          break;
        case ChangeKind::kModified:
          Paint(RenderValue(d.old_value), "31");
          out_ += " -> ";
          Paint(RenderValue(d.new_value), "32");
          break;
      }
      ImpactSuffix(replaces, d.impact);
    }
  }

  // Ends a property's line, naming its impact when it replaces the resource.
  void ImpactSuffix(bool replaces, Impact impact) {
    if (replaces) {
      out_ += "  (";
      ImpactLabel(impact);
      out_ += ')';
    }
    EndLine();
  }

  void Section(const SectionDiff& s) {
    Paint(s.name, "1");
    EndLine();
    for (const EntryDiff& e : s.entries) {
      MarkedLine(2, e.kind);
      out_ += e.name.empty() ? s.name : e.name;
      if (e.kind == ChangeKind::kAdded) {
        out_ += ": ";
        out_ += RenderValue(e.new_value);
      } else if (e.kind == ChangeKind::kRemoved) {
        out_ += ": ";
        out_ += RenderValue(e.old_value);
      } else if (e.changes.size() == 1 && e.changes[0].key.empty()) {
        out_ += ": ";
        out_ += RenderValue(e.old_value);
        out_ += " -> ";
        out_ += RenderValue(e.new_value);
      }
      EndLine();
      bool tree = e.kind == ChangeKind::kModified &&
                  !(e.changes.size() == 1 && e.changes[0].key.empty());
      if (tree) Values(e.changes, 6, false);
      for (const std::string& note : e.notes) Note(note);
    }
    EndLine();
  }

  void Note(const std::string& note) {
    Indent(6);
    out_ += "- ";
    out_ += note;
    EndLine();
  }

  void Resource(const ResourceDiff& r) {
    MarkedLine(2, r.kind);
    if (!r.old_type.empty() && !r.new_type.empty() && r.old_type != r.new_type) {
      out_ += r.old_type;
      out_ += " -> ";
      out_ += r.new_type;
    } else {
      out_ += r.new_type.empty() ? r.old_type : r.new_type;
    }
    out_ += ' ';
    Paint(r.logical_id, "1");
    if (!r.construct_path.empty()) {
      out_ += " (";
      out_ += r.construct_path;
      out_ += ')';
    }
    out_ += ": ";
    ImpactLabel(r.impact);
    EndLine();
    for (const std::string& reason : r.reasons) Note(reason);
    Values(r.properties, 6, true);
    Values(r.attributes, 6, true);
  }

  void Security(const SecurityChanges& s) {
    Paint(s.permissions_broadened ? "Security changes (permissions broadened)"
                                  : "Security changes",
          "1;35");
    EndLine();
    if (!s.statements.empty()) {
      Line(2, "IAM statements");
      for (const auto& c : s.statements) {
        MarkedLine(4, c.kind);
        out_ += c.statement.holder;
        out_ += ": ";
        out_ += DescribeStatement(c.statement);
        EndLine();
      }
    }
    if (!s.managed_policies.empty()) {
      Line(2, "Managed policies");
      for (const auto& c : s.managed_policies) {
        MarkedLine(4, c.kind);
        out_ += c.holder;
        out_ += ": ";
        out_ += c.policy_arn;
        EndLine();
      }
    }
    if (!s.security_group_rules.empty()) {
      Line(2, "Security group rules");
      for (const auto& c : s.security_group_rules) {
        MarkedLine(4, c.kind);
        out_ += c.rule.group;
        out_ += ": ";
        out_ += DescribeRule(c.rule);
        if (!c.rule.description.empty()) {
          out_ += " \"";
          out_ += c.rule.description;
          out_ += '"';
        }
        EndLine();
      }
    }
    EndLine();
  }

  std::string Take() { return std::move(out_); }

 private:
  bool color_;
  std::string out_;
};

}  // namespace

std::string FormatText(const TemplateDiff& diff, const FormatOptions& options) {
  TextWriter w(options.color);
  if (!options.title.empty()) {
    w.Paint(options.title, "1");
    w.EndLine();
  }
  if (diff.empty()) {
    w.Line(0, "There were no differences");
    return w.Take();
  }
  if (!options.title.empty()) w.Line(0, "");
  for (const SectionDiff& s : diff.sections) w.Section(s);
  if (!diff.resources.empty()) {
    w.Paint("Resources", "1");
    w.EndLine();
    for (const ResourceDiff& r : diff.resources) w.Resource(r);
    w.Line(0, "");
  }
  if (!diff.security.empty()) w.Security(diff.security);
  w.Line(0, "Summary: " + SummaryLine(diff));
  return w.Take();
}

}  // namespace cdkpp::diff
