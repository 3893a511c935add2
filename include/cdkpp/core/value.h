#ifndef CDKPP_CORE_VALUE_H_
#define CDKPP_CORE_VALUE_H_

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "cdkpp/core/json.h"

namespace cdkpp {

class Value;
class Intrinsic;
namespace internal {
class ResolveContext;
}  // namespace internal

using ValueList = std::vector<Value>;
/// An object whose keys keep insertion order (CloudFormation property order).
using ValueMap = std::vector<std::pair<std::string, Value>>;
/// A typed CloudFormation intrinsic (Ref, Fn::GetAtt, ...). Immutable, shared.
using Token = std::shared_ptr<const Intrinsic>;

/// A property value before resolution: JSON-shaped data that may contain
/// tokens anywhere. Tokens are values of their own type, never encoded in
/// strings; they become intrinsics only in Resolve().
class Value {
 public:
  Value() = default;  // null
  Value(std::nullptr_t) {}
  Value(bool b) : v_(b) {}
  Value(int i) : v_(static_cast<int64_t>(i)) {}
  Value(int64_t i) : v_(i) {}
  Value(double d) : v_(d) {}
  Value(const char* s) : v_(std::string(s)) {}
  Value(std::string s) : v_(std::move(s)) {}
  Value(ValueList list) : v_(std::move(list)) {}
  Value(ValueMap map) : v_(std::move(map)) {}
  Value(Token token) : v_(std::move(token)) {}

  /// A list, e.g. Value::List({"a", Ref(x)}).
  static Value List(std::initializer_list<Value> items) { return Value(ValueList(items)); }
  /// An object with keys in the order given.
  static Value Map(std::initializer_list<std::pair<std::string, Value>> entries) {
    return Value(ValueMap(entries));
  }
  /// Plain JSON (no tokens) as a Value.
  static Value FromJson(const Json& json);

  bool is_null() const { return std::holds_alternative<std::monostate>(v_); }
  bool is_string() const { return std::holds_alternative<std::string>(v_); }
  bool is_list() const { return std::holds_alternative<ValueList>(v_); }
  bool is_map() const { return std::holds_alternative<ValueMap>(v_); }
  bool is_token() const { return std::holds_alternative<Token>(v_); }

  /// REQUIRES: the matching is_*() is true.
  const std::string& string() const { return std::get<std::string>(v_); }
  const ValueList& list() const { return std::get<ValueList>(v_); }
  ValueList& list() { return std::get<ValueList>(v_); }
  const ValueMap& map() const { return std::get<ValueMap>(v_); }
  ValueMap& map() { return std::get<ValueMap>(v_); }
  const Token& token() const { return std::get<Token>(v_); }

  /// Map access. Set replaces an existing key in place or appends; Get
  /// returns nullptr when the key is absent. REQUIRES: is_map() (Set also
  /// accepts null, which it turns into an empty map).
  void Set(const std::string& key, Value value);
  const Value* Get(const std::string& key) const;

  /// Turns this value into JSON, resolving every token through ctx. Null
  /// entries of maps are dropped, as CDK removes empties.
  Json Resolve(const internal::ResolveContext& ctx) const;

 private:
  std::variant<std::monostate, bool, int64_t, double, std::string, ValueList, ValueMap, Token> v_;
};

}  // namespace cdkpp

#endif  // CDKPP_CORE_VALUE_H_
