#include "cdkpp/core/construct.h"

#include <algorithm>

namespace cdkpp {

Construct::Construct(Construct& scope, std::string id) : scope_(&scope), id_(std::move(id)) {}

std::vector<std::string> Construct::PathComponents() const {
  std::vector<std::string> components;
  for (const Construct* node = this; node != nullptr && node->scope_ != nullptr;
       node = node->scope_) {
    components.push_back(node->id_);
  }
  std::reverse(components.begin(), components.end());
  return components;
}

std::string Construct::path() const {
  // Pointers to the ids, not copies: a path is asked for per element and per
  // reference while synthesizing.
  std::vector<const std::string*> ids;
  std::size_t size = 0;
  for (const Construct* node = this; node != nullptr && node->scope_ != nullptr;
       node = node->scope_) {
    ids.push_back(&node->id_);
    size += node->id_.size() + 1;
  }
  std::string out;
  out.reserve(size);
  for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
    if (!out.empty()) out += '/';
    out += **it;
  }
  return out;
}

Construct* Construct::FindChild(const std::string& id) const {
  for (const auto& child : children_) {
    if (child->id_ == id) return child.get();
  }
  return nullptr;
}

void Construct::AddError(std::string message, std::string key_path) {
  Diagnostic d;
  d.code = "construct";
  d.key_path = std::move(key_path);
  d.message = std::move(message);
  errors_.push_back(std::move(d));
}

void Construct::CollectErrors(Diagnostics* out) const {
  Walk([out](const Construct& node) {
    for (Diagnostic d : node.errors_) {
      // Context on the way up, as CDK does: say which construct failed.
      std::string where = node.path();
      if (!d.key_path.empty()) d.message = d.key_path + ": " + d.message;
      d.key_path.clear();
      if (!where.empty()) d.message = "While synthesizing " + where + ": " + d.message;
      out->push_back(std::move(d));
    }
  });
}

void Construct::Lock() {
  Walk([](const Construct& node) { const_cast<Construct&>(node).locked_ = true; });
}

void Construct::AdoptChild(std::unique_ptr<Construct> child) {
  if (locked_) {
    AddError("cannot add child \"" + child->id_ + "\" during synthesis");
  } else if (child->id_.empty()) {
    AddError("construct ids must not be empty");
  } else if (child->id_.find('/') != std::string::npos) {
    AddError("construct id \"" + child->id_ + "\" must not contain '/'");
  } else if (FindChild(child->id_) != nullptr) {
    AddError("there is already a construct with id \"" + child->id_ + "\"");
  }
  children_.push_back(std::move(child));
}

}  // namespace cdkpp
