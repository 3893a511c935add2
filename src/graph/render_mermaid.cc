// Mermaid flowchart: groups are nested subgraphs; data flows ==>, control
// -.->, alarms -.-> too (Mermaid has no per-edge colour without link styles).
#include <fmt/format.h>

#include "cdkpp/graph/architecture.h"

namespace cdkpp::graph {
namespace {

// Mermaid labels: inside "...", a quote is #quot; and a line break <br/>.
std::string Label(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') {
      out += "#quot;";
    } else if (c == '\n') {
      out += "<br/>";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

void WriteMermaidGroup(const Architecture& a, const std::string& group, int depth,
                       std::string* out) {
  std::string pad(2 * depth, ' ');
  for (const auto& child : a.groups) {
    if (child.parent != group) continue;
    *out += fmt::format("{}subgraph {}[{}]\n", pad, child.id, Label(child.label));
    WriteMermaidGroup(a, child.id, depth + 1, out);
    *out += pad + "end\n";
  }
  for (const Node& node : a.nodes) {
    if (node.group == group) *out += fmt::format("{}{}[{}]\n", pad, node.id, Label(node.label));
  }
}

}  // namespace

std::string RenderMermaid(const Architecture& a) {
  std::string out = fmt::format("---\ntitle: {}\n---\nflowchart LR\n", a.title);
  WriteMermaidGroup(a, "", 1, &out);
  for (const Edge& e : a.edges) {
    const char* arrow = e.style == EdgeStyle::kData ? "==>" : "-.->";
    out += fmt::format("  {} {}|{}| {}\n", e.from, arrow, Label(e.label), e.to);
  }
  return out;
}

}  // namespace cdkpp::graph
