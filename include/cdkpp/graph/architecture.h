#ifndef CDKPP_GRAPH_ARCHITECTURE_H_
#define CDKPP_GRAPH_ARCHITECTURE_H_

// The architecture picture of a pipeline stack (`cdkpp graph`): the source
// database, DMS, the stream and the monitoring inside their network
// boundaries, with the data flow and the alarm edges, labelled with the
// configured values. Built from the synthesized stack, rendered as Graphviz
// DOT or Mermaid.

#include <string>
#include <vector>

#include "cdkpp/core/json.h"

namespace cdkpp::graph {

/// A box: a network boundary (VPC, public or private subnets).
struct Group {
  std::string id;
  std::string label;
  std::string parent;  ///< "" at the top
};

struct Node {
  std::string id;
  std::string label;  ///< lines separated by "\n"
  std::string group;  ///< "" outside every group
};

enum class EdgeStyle { kData, kControl, kAlarm };

struct Edge {
  std::string from;
  std::string to;
  std::string label;
  EdgeStyle style = EdgeStyle::kData;
};

struct Architecture {
  std::string title;
  std::vector<Group> groups;  ///< parents before children
  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

/// The architecture of one synthesized pipeline stack template, in resource
/// order (deterministic). Resources the picture does not show (roles, route
/// tables, security groups) are left out.
Architecture BuildArchitecture(const std::string& stack_name, const Json& template_json);

/// Graphviz DOT (`dot -Tsvg`); ends with "\n".
std::string RenderDot(const Architecture& architecture);

/// A Mermaid flowchart (GitHub renders ```mermaid blocks); ends with "\n".
std::string RenderMermaid(const Architecture& architecture);

}  // namespace cdkpp::graph

#endif  // CDKPP_GRAPH_ARCHITECTURE_H_
