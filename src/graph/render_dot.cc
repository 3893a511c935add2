// Graphviz DOT: groups are nested clusters, data flows solid and bold,
// control (credentials, logs) dashed, alarms and notifications dotted red.
#include <fmt/format.h>

#include "cdkpp/graph/architecture.h"

namespace cdkpp::graph {
namespace {

std::string Quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c == '\n' ? std::string("\\n") : std::string(1, c);
  }
  return out + "\"";
}

const char* Attributes(EdgeStyle style) {
  switch (style) {
    case EdgeStyle::kData:
      return "style=bold, color=\"#1f6feb\"";
    case EdgeStyle::kControl:
      return "style=dashed, color=\"#57606a\"";
    case EdgeStyle::kAlarm:
      return "style=dotted, color=\"#cf222e\"";
  }
  return "";
}

void WriteDotGroup(const Architecture& a, const std::string& group, int depth, std::string* out) {
  std::string pad(2 * depth, ' ');
  for (const Node& node : a.nodes) {
    if (node.group == group) *out += fmt::format("{}{} [label={}];\n", pad, Quote(node.id), Quote(node.label));
  }
  for (const auto& child : a.groups) {
    if (child.parent != group) continue;
    *out += fmt::format("{}subgraph {} {{\n{}  label={};\n", pad, Quote("cluster_" + child.id), pad,
                        Quote(child.label));
    WriteDotGroup(a, child.id, depth + 1, out);
    *out += pad + "}\n";
  }
}

}  // namespace

std::string RenderDot(const Architecture& a) {
  std::string out = fmt::format("digraph {} {{\n", Quote(a.title));
  out += fmt::format(
      "  graph [rankdir=LR, label={}, labelloc=t, fontname=\"Helvetica\", style=rounded];\n",
      Quote(a.title));
  out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f6f8fa\", fontname=\"Helvetica\"];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  WriteDotGroup(a, "", 1, &out);
  for (const Edge& e : a.edges) {
    out += fmt::format("  {} -> {} [label={}, {}];\n", Quote(e.from), Quote(e.to), Quote(e.label),
                       Attributes(e.style));
  }
  return out + "}\n";
}

}  // namespace cdkpp::graph
