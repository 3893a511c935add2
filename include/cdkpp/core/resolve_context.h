#ifndef CDKPP_CORE_RESOLVE_CONTEXT_H_
#define CDKPP_CORE_RESOLVE_CONTEXT_H_

#include <string>

#include "cdkpp/core/diagnostic.h"

namespace cdkpp {

class CfnElement;
class Stack;

/// What a token needs while it turns into an intrinsic: the stack being
/// synthesized (to name elements by logical id) and a place for errors.
class ResolveContext {
 public:
  /// REQUIRES: stack and diagnostics outlive this context.
  ResolveContext(const Stack& stack, Diagnostics* diagnostics, std::string where)
      : stack_(stack), diagnostics_(diagnostics), where_(std::move(where)) {}

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
};

}  // namespace cdkpp

#endif  // CDKPP_CORE_RESOLVE_CONTEXT_H_
