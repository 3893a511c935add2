#ifndef CDKPP_CORE_CFN_ELEMENT_H_
#define CDKPP_CORE_CFN_ELEMENT_H_

#include <optional>
#include <string>

#include "cdkpp/core/construct.h"
#include "cdkpp/core/json.h"

namespace cdkpp {
namespace internal {
class ResolveContext;
}  // namespace internal

class Stack;

/// A construct that becomes one entry of a template section (a resource, an
/// output, a parameter, a condition), named by its logical id.
class CfnElement : public Construct {
 public:
  CfnElement(Construct& scope, std::string id);

  /// The nearest Stack above this element, or nullptr (an error at synth).
  Stack* stack() const;

  /// The logical id: the override if set, else computed from the path below
  /// the stack exactly as AWS CDK does (see src/core/logical_id.h).
  std::string LogicalId() const;
  /// Pins the logical id, e.g. to keep one a hand-written template used.
  void OverrideLogicalId(std::string logical_id) { override_ = std::move(logical_id); }

  /// "Resources", "Outputs", "Parameters" or "Conditions".
  virtual const char* TemplateSection() const = 0;
  /// The body of this element's entry, every token resolved through ctx.
  virtual Json Render(const internal::ResolveContext& ctx) const = 0;

 private:
  std::optional<std::string> override_;
};

}  // namespace cdkpp

#endif  // CDKPP_CORE_CFN_ELEMENT_H_
