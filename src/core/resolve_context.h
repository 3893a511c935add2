#ifndef CDKPP_SRC_CORE_RESOLVE_CONTEXT_H_
#define CDKPP_SRC_CORE_RESOLVE_CONTEXT_H_

#include <string>
#include <unordered_map>

#include "cdkpp/core/diagnostic.h"

namespace cdkpp {
class CfnElement;
class Construct;
class Stack;
}  // namespace cdkpp

namespace cdkpp::internal {

/// What a token needs while it turns into an intrinsic: the stack being
/// synthesized (to name elements by logical id) and a place for errors.
class ResolveContext {
 public:
  /// The logical id of every element of a stack, computed once per synthesis.
  using LogicalIds = std::unordered_map<const CfnElement*, std::string>;

  /// REQUIRES: stack, diagnostics and logical_ids (when given) outlive this
  /// context. Without logical_ids, ids are computed on each lookup.
  ResolveContext(const Stack& stack, Diagnostics* diagnostics, std::string where,
                 const LogicalIds* logical_ids = nullptr)
      : stack_(stack), diagnostics_(diagnostics), where_(std::move(where)), ids_(logical_ids) {}
  /// The same, naming the construct being resolved by its path; the path is
  /// built only if an error needs it. REQUIRES: where outlives this context.
  ResolveContext(const Stack& stack, Diagnostics* diagnostics, const Construct& where,
                 const LogicalIds* logical_ids)
      : stack_(stack), diagnostics_(diagnostics), where_node_(&where), ids_(logical_ids) {}

  /// The logical id of element, or "" (plus an error) when element belongs to
  /// another stack: cross-stack values go through Outputs and ImportValue.
  std::string LogicalIdOf(const CfnElement& element) const;

  /// Records an error prefixed with the construct path being resolved.
  void AddError(const std::string& message) const;

  const Stack& stack() const { return stack_; }

 private:
  const Stack& stack_;
  Diagnostics* diagnostics_;
  std::string where_;
  const Construct* where_node_ = nullptr;  // when set, its path stands for where_
  const LogicalIds* ids_;
};

}  // namespace cdkpp::internal

#endif  // CDKPP_SRC_CORE_RESOLVE_CONTEXT_H_
