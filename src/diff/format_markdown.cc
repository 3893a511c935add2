// The pull-request comment: a summary, a table of resources with their
// impact, the security changes as tables, and the full text diff folded away.
#include <string>

#include "diff/format_internal.h"

namespace cdkpp::diff {
namespace {

// Table cells: pipes would split the cell, newlines end the row.
std::string Cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string Code(const std::string& s) { return s.empty() ? "" : "`" + Cell(s) + "`"; }

const char* Sign(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kAdded:
      return "➕ added";
    case ChangeKind::kRemoved:
      return "➖ removed";
    case ChangeKind::kModified:
      break;
  }
  return "✏️ modified";
}

std::string ImpactCell(Impact impact) {
  switch (impact) {
    case Impact::kReplace:
    case Impact::kDestroy:
      return std::string("**") + ImpactName(impact) + "** ⚠️";
    case Impact::kMayReplace:
    case Impact::kOrphan:
      return std::string("**") + ImpactName(impact) + "**";
    default:
      return ImpactName(impact);
  }
}

// Rows per table: with the folded text diff, keeps a large change within
// GitHub's comment limit while the summary line still counts everything.
constexpr std::size_t kMaxRows = 150;

}  // namespace

std::string FormatMarkdown(const TemplateDiff& diff, const FormatOptions& options) {
  std::string out = "### cdkpp diff";
  if (!options.title.empty()) out += ": " + Code(options.title);
  out += "\n\n";
  if (diff.empty()) return out + "There were no differences.\n";
  out += SummaryLine(diff) + "\n\n";
  if (diff.security.permissions_broadened) {
    out += "> **Security:** this change broadens permissions or network access; review it.\n\n";
  }
  if (!diff.resources.empty()) {
    out += "| Change | Logical ID | Type | Construct path | Impact |\n";
    out += "|---|---|---|---|---|\n";
    std::size_t shown = 0;
    for (const ResourceDiff& r : diff.resources) {
      if (++shown > kMaxRows) {
        out += "| … | " + std::to_string(diff.resources.size() - kMaxRows) +
               " more resources | | | |\n";
        break;
      }
      std::string type = r.new_type.empty() ? r.old_type : r.new_type;
      if (!r.old_type.empty() && !r.new_type.empty() && r.old_type != r.new_type) {
        type = r.old_type + " -> " + r.new_type;
      }
      out += std::string("| ") + (r.indirect ? "↪️ affected" : Sign(r.kind)) + " | " +
             Code(r.logical_id) + " | " + Code(type) + " | " + Cell(r.construct_path) + " | " +
             ImpactCell(r.impact) + " |\n";
    }
    out += "\n";
  }
  const SecurityChanges& s = diff.security;
  if (!s.statements.empty()) {
    out +=
        "#### IAM statement changes\n\n| Change | Holder | Effect | Actions | Resources | "
        "Principals | Condition |\n|---|---|---|---|---|---|---|\n";
    std::size_t shown = 0;
    for (const auto& c : s.statements) {
      if (++shown > kMaxRows) {
        out += "| … | " + std::to_string(s.statements.size() - kMaxRows) +
               " more statements | | | | | |\n";
        break;
      }
      const IamStatement& st = c.statement;
      auto join = [](const std::vector<std::string>& v) {
        std::string j;
        for (std::size_t i = 0; i < v.size(); ++i) j += (i ? "<br>" : "") + Code(v[i]);
        return j;
      };
      out += std::string("| ") + Sign(c.kind) + " | " + Code(st.holder) + " | " + st.effect +
             " | " + (st.not_action ? "NOT " : "") + join(st.actions) + " | " +
             (st.not_resource ? "NOT " : "") + join(st.resources) + " | " + join(st.principals) +
             " | " + (st.condition.is_null() ? "" : Code(RenderValue(st.condition))) + " |\n";
    }
    out += "\n";
  }
  if (!s.managed_policies.empty()) {
    out += "#### Managed policy changes\n\n| Change | Holder | Policy |\n|---|---|---|\n";
    std::size_t shown = 0;
    for (const auto& c : s.managed_policies) {
      if (++shown > kMaxRows) {
        out += "| … | " + std::to_string(s.managed_policies.size() - kMaxRows) + " more | |\n";
        break;
      }
      out += std::string("| ") + Sign(c.kind) + " | " + Code(c.holder) + " | " +
             Code(c.policy_arn) + " |\n";
    }
    out += "\n";
  }
  if (!s.security_group_rules.empty()) {
    out +=
        "#### Security group rule changes\n\n| Change | Group | Direction | Protocol | Ports | "
        "Peer |\n|---|---|---|---|---|---|\n";
    std::size_t shown = 0;
    for (const auto& c : s.security_group_rules) {
      if (++shown > kMaxRows) {
        out += "| … | " + std::to_string(s.security_group_rules.size() - kMaxRows) +
               " more rules | | | | |\n";
        break;
      }
      out += std::string("| ") + Sign(c.kind) + " | " + Code(c.rule.group) + " | " +
             c.rule.direction + " | " + Cell(c.rule.protocol) + " | " + Cell(c.rule.ports) + " | " +
             Code(c.rule.peer) + (c.rule.OpenToWorld() ? " **(open to the world)**" : "") + " |\n";
    }
    out += "\n";
  }
  FormatOptions text;
  text.format = DiffFormat::kText;
  std::string body = FormatText(diff, text);
  // A fence longer than any backtick run inside keeps the block closed.
  // GitHub rejects comments over 65,536 characters: keep the folded text
  // within budget, cut at a line end, and say so.
  constexpr std::size_t kCommentBudget = 60000;
  if (out.size() + body.size() > kCommentBudget) {
    std::size_t room = kCommentBudget > out.size() ? kCommentBudget - out.size() : 0;
    std::size_t cut = body.rfind('\n', room);
    body = body.substr(0, cut == std::string::npos ? 0 : cut + 1) +
           "... (truncated: run cdkpp diff locally for the full text)\n";
  }
  std::string fence = "```";
  while (body.find(fence) != std::string::npos) fence += "`";
  out += "<details><summary>Full diff</summary>\n\n" + fence + "\n" + body + fence +
         "\n\n</details>\n";
  return out;
}

}  // namespace cdkpp::diff
