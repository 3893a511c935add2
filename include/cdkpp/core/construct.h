#ifndef CDKPP_CORE_CONSTRUCT_H_
#define CDKPP_CORE_CONSTRUCT_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "cdkpp/core/diagnostic.h"

namespace cdkpp {

/// A node of the construct tree (App > Stack > constructs > resources).
/// Knows nothing about AWS: id, scope, ordered children, path, errors.
///
/// Constructs are created with New<T>(scope, id, ...), which hands ownership
/// to the scope; a raw Construct* never owns. Children keep insertion order,
/// which is the order resources appear in the template.
class Construct {
 public:
  /// The root of a tree (an App). Its path is "".
  Construct() = default;
  /// A child of scope; New<T>() adopts it right after construction.
  /// REQUIRES: called through New<T>().
  Construct(Construct& scope, std::string id);
  virtual ~Construct() = default;
  Construct(const Construct&) = delete;
  Construct& operator=(const Construct&) = delete;

  const std::string& id() const { return id_; }
  Construct* scope() const { return scope_; }
  /// Ids from the root's child down to this node, joined with "/".
  std::string path() const;
  /// The ids of the nodes from the root's child down to this one.
  std::vector<std::string> PathComponents() const;
  const std::vector<std::unique_ptr<Construct>>& children() const { return children_; }
  /// The child with this id, or nullptr.
  Construct* FindChild(const std::string& id) const;

  /// Records a problem found while building this construct. Errors are
  /// values: they surface from App::Synth() prefixed with the path.
  void AddError(std::string message, std::string key_path = "");
  /// The errors of this node and all its descendants, in tree order.
  void CollectErrors(Diagnostics* out) const;

  /// Once locked (at synthesis), adding a child is an error.
  void Lock();

  /// Takes ownership of a child built for this scope. Records an error (and
  /// keeps the child, so references stay valid) when the id is taken or empty.
  void AdoptChild(std::unique_ptr<Construct> child);

  /// Visits this node and its descendants depth-first, children in order.
  template <typename F>
  void Walk(F&& visit) const {
    visit(*this);
    for (const auto& child : children_) child->Walk(visit);
  }

 private:
  Construct* scope_ = nullptr;
  std::string id_;
  std::vector<std::unique_ptr<Construct>> children_;
  Diagnostics errors_;
  bool locked_ = false;
};

/// Creates a T in scope and returns it; the scope owns it.
/// T's constructor takes (Construct& scope, std::string id, args...).
template <typename T, typename... Args>
T& New(Construct& scope, std::string id, Args&&... args) {
  auto child = std::make_unique<T>(scope, std::move(id), std::forward<Args>(args)...);
  T& ref = *child;
  scope.AdoptChild(std::move(child));
  return ref;
}

}  // namespace cdkpp

#endif  // CDKPP_CORE_CONSTRUCT_H_
