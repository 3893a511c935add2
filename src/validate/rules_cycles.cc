// CDKPP-CFN-007: resources that depend on each other through Ref, Fn::GetAtt,
// Fn::Sub or DependsOn. CloudFormation rejects the whole template
// ("Circular dependency between resources").
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "validate/literal.h"
#include "validate/rules.h"

namespace cdkpp::validate::internal {
namespace {

// Edges by resource index; sorted and unique so the walk is deterministic.
std::vector<std::vector<std::size_t>> BuildGraph(const RuleContext& ctx) {
  const auto& resources = ctx.resources();
  std::vector<std::vector<std::size_t>> edges(resources.size());
  auto add = [&](std::size_t from, const std::string& to) {
    if (const ResourceView* target = ctx.Find(to)) edges[from].push_back(target->index);
  };
  for (const auto& e : ctx.references()) {
    if (e.resource == nullptr || e.target == nullptr) continue;  // conditions have none
    edges[e.resource->index].push_back(e.target->index);
  }
  for (const auto& r : resources) {
    const Json* deps = Get(r.resource, "DependsOn");
    if (deps == nullptr) continue;
    if (deps->is_string()) add(r.index, deps->get<std::string>());
    if (deps->is_array()) {
      for (const auto& d : *deps) {
        if (d.is_string()) add(r.index, d.get<std::string>());
      }
    }
  }
  for (auto& e : edges) {
    std::sort(e.begin(), e.end());
    e.erase(std::unique(e.begin(), e.end()), e.end());
  }
  return edges;
}

// Tarjan's strongly connected components. Recursive: the depth is the
// longest dependency chain, at most the 500 resources a template may hold.
class Tarjan {
 public:
  explicit Tarjan(const std::vector<std::vector<std::size_t>>& edges)
      : edges_(edges),
        index_(edges.size(), -1),
        low_(edges.size(), 0),
        on_stack_(edges.size(), false) {}

  std::vector<std::vector<std::size_t>> Run() {
    for (std::size_t v = 0; v < edges_.size(); ++v) {
      if (index_[v] < 0) Visit(v);
    }
    return components_;
  }

 private:
  void Visit(std::size_t v) {
    index_[v] = low_[v] = next_++;
    stack_.push_back(v);
    on_stack_[v] = true;
    for (std::size_t w : edges_[v]) {
      if (index_[w] < 0) {
        Visit(w);
        low_[v] = std::min(low_[v], low_[w]);
      } else if (on_stack_[w]) {
        low_[v] = std::min(low_[v], index_[w]);
      }
    }
    if (low_[v] != index_[v]) return;
    std::vector<std::size_t> component;
    std::size_t w;
    do {
      w = stack_.back();
      stack_.pop_back();
      on_stack_[w] = false;
      component.push_back(w);
    } while (w != v);
    bool self_loop = std::binary_search(edges_[v].begin(), edges_[v].end(), v);
    if (component.size() > 1 || self_loop) {
      std::sort(component.begin(), component.end());
      components_.push_back(std::move(component));
    }
  }

  const std::vector<std::vector<std::size_t>>& edges_;
  std::vector<int> index_;
  std::vector<int> low_;
  std::vector<bool> on_stack_;
  std::vector<std::size_t> stack_;
  std::vector<std::vector<std::size_t>> components_;
  int next_ = 0;
};

}  // namespace

void CheckDependencyCycles(const RuleContext& ctx, Reporter& out) {
  auto edges = BuildGraph(ctx);
  auto components = Tarjan(edges).Run();
  // Report in template order of each cycle's first member.
  std::sort(components.begin(), components.end());
  const auto& resources = ctx.resources();
  for (const auto& component : components) {
    std::string members;
    for (std::size_t i : component) {
      if (!members.empty()) members += ", ";
      members += resources[i].logical_id;
    }
    out.Report(resources[component.front()], "",
               "circular dependency between resources: " + members);
  }
}

}  // namespace cdkpp::validate::internal
