#include "validate/literal.h"

#include "util/numbers.h"
#include "util/text.h"
#include "validate/json_walk.h"

namespace cdkpp::validate::internal {

const Json* Get(const Json* obj, std::string_view key) {
  const Json::object_t* members = obj != nullptr ? Members(*obj) : nullptr;
  if (members == nullptr) return nullptr;
  for (const auto& [name, value] : *members) {
    if (name == key) return &value;
  }
  return nullptr;
}

bool IsIntrinsic(const Json& value) {
  if (!value.is_object() || value.size() != 1) return false;
  return IsIntrinsicKey(Members(value)->front().first);
}

std::optional<bool> AsBool(const Json* value) {
  if (value == nullptr) return std::nullopt;
  if (value->is_boolean()) return value->get<bool>();
  if (value->is_string()) {
    std::string s = cdkpp::internal::Lowercase(value->get<std::string>());
    if (s == "true") return true;
    if (s == "false") return false;
  }
  return std::nullopt;
}

std::optional<long long> AsInt(const Json* value) {
  if (value == nullptr) return std::nullopt;
  if (value->is_number_integer()) return value->get<long long>();
  if (value->is_number_float()) return cdkpp::internal::ExactInt64(value->get<double>());
  if (value->is_string()) {
    const std::string& s = value->get_ref<const std::string&>();
    if (s.empty() || s[0] == '+') return std::nullopt;  // "-5" and "5" only
    return cdkpp::internal::ParseInt64(s);
  }
  return std::nullopt;
}

std::optional<std::string> AsString(const Json* value) {
  if (value == nullptr || !value->is_string()) return std::nullopt;
  return value->get<std::string>();
}

}  // namespace cdkpp::validate::internal
