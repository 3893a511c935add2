#include "cdkpp/core/value.h"

#include "cdkpp/core/token.h"
#include "core/resolve_context.h"

namespace cdkpp {

Value Value::FromJson(const Json& json) {
  switch (json.type()) {
    case Json::value_t::null:
    case Json::value_t::discarded:
      return Value();
    case Json::value_t::boolean:
      return Value(json.get<bool>());
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
      return Value(json.get<int64_t>());
    case Json::value_t::number_float:
      return Value(json.get<double>());
    case Json::value_t::string:
      return Value(json.get<std::string>());
    case Json::value_t::array: {
      ValueList list;
      for (const auto& item : json) list.push_back(FromJson(item));
      return Value(std::move(list));
    }
    case Json::value_t::object: {
      ValueMap map;
      for (const auto& [key, item] : json.items()) map.emplace_back(key, FromJson(item));
      return Value(std::move(map));
    }
    case Json::value_t::binary:
      break;
  }
  return Value();
}

void Value::Set(const std::string& key, Value value) {
  if (is_null()) v_ = ValueMap{};
  auto& entries = map();
  for (auto& [k, v] : entries) {
    if (k == key) {
      v = std::move(value);
      return;
    }
  }
  entries.emplace_back(key, std::move(value));
}

const Value* Value::Get(const std::string& key) const {
  for (const auto& [k, v] : map()) {
    if (k == key) return &v;
  }
  return nullptr;
}

Json Value::Resolve(const internal::ResolveContext& ctx) const {
  // The one recursive resolution step: every token in the tree becomes JSON here.
  struct Visitor {
    const internal::ResolveContext& ctx;
    Json operator()(std::monostate) const { return nullptr; }
    Json operator()(bool b) const { return b; }
    Json operator()(int64_t i) const { return i; }
    Json operator()(double d) const { return d; }
    Json operator()(const std::string& s) const { return s; }
    Json operator()(const ValueList& list) const {
      Json out = Json::array();
      out.get_ref<Json::array_t&>().reserve(list.size());
      for (const auto& item : list) out.push_back(item.Resolve(ctx));
      return out;
    }
    Json operator()(const ValueMap& map) const {
      Json out = Json::object();
      // Growing an ordered_json object copies its entries: reserve instead.
      out.get_ref<Json::object_t&>().reserve(map.size());
      for (const auto& [key, item] : map) {
        if (item.is_null()) continue;  // absent optional property
        out[key] = item.Resolve(ctx);
      }
      return out;
    }
    Json operator()(const Token& token) const { return token->Resolve(ctx); }
  };
  return std::visit(Visitor{ctx}, v_);
}

}  // namespace cdkpp
