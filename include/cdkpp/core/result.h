#ifndef CDKPP_CORE_RESULT_H_
#define CDKPP_CORE_RESULT_H_

#include <cassert>
#include <optional>
#include <utility>

#include "cdkpp/core/diagnostic.h"

namespace cdkpp {

/// A value, or the diagnostics that explain why there is none. Warnings may
/// ride along with a value. No exception crosses the public API: every
/// fallible library call returns one of these.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Diagnostic error) { diagnostics_.push_back(std::move(error)); }  // NOLINT
  Result(Diagnostics diagnostics) : diagnostics_(std::move(diagnostics)) {  // NOLINT
    assert(HasErrors(diagnostics_));
  }

  /// True iff there is a value.
  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }

  /// REQUIRES: ok()
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

  /// Errors when !ok(); warnings when ok().
  const Diagnostics& diagnostics() const { return diagnostics_; }
  Diagnostics& diagnostics() { return diagnostics_; }

 private:
  std::optional<T> value_;
  Diagnostics diagnostics_;
};

/// Result for operations with no value.
struct Unit {};
using Status = Result<Unit>;
inline Status OkStatus() { return Unit{}; }

}  // namespace cdkpp

#endif  // CDKPP_CORE_RESULT_H_
