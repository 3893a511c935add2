#include "config/json_value_reader.h"

#include <charconv>

namespace cdkpp::config {
namespace {

std::optional<Json> ReadScalar(LoadContext& ctx, const Field& f) {
  switch (Classify(*f.node)) {
    case ScalarKind::kNull:
      return Json(nullptr);
    case ScalarKind::kBool: {
      bool value = false;
      if (!ReadBool(ctx, f, &value)) return std::nullopt;
      return value;
    }
    case ScalarKind::kInt: {
      const std::string& s = f.node->value;
      const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
      int64_t value = 0;
      auto [end, ec] = std::from_chars(begin, s.data() + s.size(), value);
      if (ec == std::errc() && end == s.data() + s.size()) return value;
      break;  // too large for an integer: read as a number
    }
    case ScalarKind::kFloat:
      break;
    case ScalarKind::kString: {
      std::string value;
      if (!ReadString(ctx, f, &value)) return std::nullopt;
      return value;
    }
  }
  double value = 0;
  if (!ReadDouble(ctx, f, &value)) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Json> ReadJsonValue(LoadContext& ctx, const Field& f) {
  if (IsMap(*f.node)) {
    MappingReader m(ctx, f);
    Json out = Json::object();
    bool ok = m.ok();
    for (const auto& [key, field] : m.All()) {
      std::optional<Json> value = ReadJsonValue(ctx, field);
      if (value) out[key] = std::move(*value);
      ok = ok && value;
    }
    m.Finish();
    if (!ok) return std::nullopt;
    return out;
  }
  if (IsSequence(*f.node)) {
    Json out = Json::array();
    bool ok = true;
    for (const Field& item : ListItems(ctx, f)) {
      std::optional<Json> value = ReadJsonValue(ctx, item);
      if (value) out.push_back(std::move(*value));
      ok = ok && value;
    }
    if (!ok) return std::nullopt;
    return out;
  }
  return ReadScalar(ctx, f);
}

}  // namespace cdkpp::config
