// The human format: sections, then resources as trees, then the security
// summary and a one-line count. Color is decided by the caller.
#include <string>

#include "diff/format_internal.h"

namespace cdkpp::diff {
namespace {

class TextWriter {
 public:
  explicit TextWriter(bool color) : color_(color) {}

  std::string Paint(const std::string& s, const char* code) const {
    return color_ ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s;
  }
  std::string Marker(ChangeKind kind) const {
    switch (kind) {
      case ChangeKind::kAdded:
        return Paint("[+]", "32");
      case ChangeKind::kRemoved:
        return Paint("[-]", "31");
      case ChangeKind::kModified:
        break;
    }
    return Paint("[~]", "33");
  }
  std::string ImpactLabel(Impact impact) const {
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
        return "update";
      case Impact::kNone:
        break;
    }
    return "no change to the physical resource";
  }

  void Line(int indent, const std::string& text) {
    out_.append(static_cast<std::size_t>(indent), ' ');
    out_ += text;
    out_ += '\n';
  }

  void Values(const std::vector<ValueDiff>& diffs, int indent, bool top_level) {
    for (const ValueDiff& d : diffs) {
      std::string label = d.key.empty() ? "(value)" : d.key;
      std::string suffix;
      if (top_level && (d.impact == Impact::kReplace || d.impact == Impact::kMayReplace)) {
        suffix = "  (" + ImpactLabel(d.impact) + ")";
      }
      if (!d.leaf() || d.json_string) {
        Line(indent,
             Marker(d.kind) + " " + label + (d.json_string ? " (JSON string)" : "") + suffix);
        Values(d.children, indent + 4, false);
        continue;
      }
      std::string text = Marker(d.kind) + " " + label + ": ";
      switch (d.kind) {
        case ChangeKind::kAdded:
          text += Paint(RenderValue(d.new_value), "32");
          break;
        case ChangeKind::kRemoved:
          text += Paint(RenderValue(d.old_value), "31");
          break;
        case ChangeKind::kModified:
          text += Paint(RenderValue(d.old_value), "31") + " -> " +
                  Paint(RenderValue(d.new_value), "32");
          break;
      }
      Line(indent, text + suffix);
    }
  }

  void Section(const SectionDiff& s) {
    Line(0, Paint(s.name, "1"));
    for (const EntryDiff& e : s.entries) {
      std::string label = e.name.empty() ? s.name : e.name;
      if (e.kind == ChangeKind::kAdded) {
        Line(2, Marker(e.kind) + " " + label + ": " + RenderValue(e.new_value));
      } else if (e.kind == ChangeKind::kRemoved) {
        Line(2, Marker(e.kind) + " " + label + ": " + RenderValue(e.old_value));
      } else if (e.changes.size() == 1 && e.changes[0].key.empty()) {
        Line(2, Marker(e.kind) + " " + label + ": " + RenderValue(e.old_value) + " -> " +
                    RenderValue(e.new_value));
      } else {
        Line(2, Marker(e.kind) + " " + label);
        Values(e.changes, 6, false);
      }
      for (const std::string& note : e.notes) Line(6, "- " + note);
    }
    out_ += '\n';
  }

  void Resource(const ResourceDiff& r) {
    std::string type = r.new_type.empty() ? r.old_type : r.new_type;
    if (!r.old_type.empty() && !r.new_type.empty() && r.old_type != r.new_type) {
      type = r.old_type + " -> " + r.new_type;
    }
    std::string head = Marker(r.kind) + " " + type + " " + Paint(r.logical_id, "1");
    if (!r.construct_path.empty()) head += " (" + r.construct_path + ")";
    head += ": " + ImpactLabel(r.impact);
    Line(2, head);
    for (const std::string& reason : r.reasons) Line(6, "- " + reason);
    Values(r.properties, 6, true);
    Values(r.attributes, 6, true);
  }

  void Security(const SecurityChanges& s) {
    Line(0, Paint(s.permissions_broadened ? "Security changes (permissions broadened)"
                                          : "Security changes",
                  "1;35"));
    if (!s.statements.empty()) {
      Line(2, "IAM statements");
      for (const auto& c : s.statements) {
        Line(4, Marker(c.kind) + " " + c.statement.holder + ": " + DescribeStatement(c.statement));
      }
    }
    if (!s.managed_policies.empty()) {
      Line(2, "Managed policies");
      for (const auto& c : s.managed_policies)
        Line(4, Marker(c.kind) + " " + c.holder + ": " + c.policy_arn);
    }
    if (!s.security_group_rules.empty()) {
      Line(2, "Security group rules");
      for (const auto& c : s.security_group_rules) {
        std::string text = Marker(c.kind) + " " + c.rule.group + ": " + DescribeRule(c.rule);
        if (!c.rule.description.empty()) text += " \"" + c.rule.description + "\"";
        Line(4, text);
      }
    }
    out_ += '\n';
  }

  std::string Take() { return std::move(out_); }

 private:
  bool color_;
  std::string out_;
};

}  // namespace

std::string FormatText(const TemplateDiff& diff, const FormatOptions& options) {
  TextWriter w(options.color);
  if (!options.title.empty()) w.Line(0, w.Paint(options.title, "1"));
  if (diff.empty()) {
    w.Line(0, "There were no differences");
    return w.Take();
  }
  if (!options.title.empty()) w.Line(0, "");
  for (const SectionDiff& s : diff.sections) w.Section(s);
  if (!diff.resources.empty()) {
    w.Line(0, w.Paint("Resources", "1"));
    for (const ResourceDiff& r : diff.resources) w.Resource(r);
    w.Line(0, "");
  }
  if (!diff.security.empty()) w.Security(diff.security);
  w.Line(0, "Summary: " + SummaryLine(diff));
  return w.Take();
}

}  // namespace cdkpp::diff
