// The property tree diff: one recursive walk, order-insensitive for object
// keys, tolerant of CloudFormation's scalar spelling, structural inside JSON
// strings.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "cdkpp/diff/template_diff.h"
#include "diff/diff_internal.h"
#include "diff/json_string_properties.h"
#include "util/numbers.h"

namespace cdkpp::diff {
namespace {

bool IsScalar(const Json& v) { return v.is_string() || v.is_number() || v.is_boolean(); }

// CloudFormation passes every scalar to the provider as a string, so 5, "5"
// and 5.0 are the same value; true and "true" too.
std::string ScalarText(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_number_float()) {
    std::optional<long long> whole = internal::ExactInt64(v.get<double>());
    if (whole && *whole < 1000000000000000 && *whole > -1000000000000000) {
      return std::to_string(*whole);
    }
  }
  return SerializeCompact(v);
}

bool Equivalent(const Json& a, const Json& b);

bool ObjectsEquivalent(const Json& a, const Json& b) {
  const auto& am = a.get_ref<const Json::object_t&>();
  const auto& bm = b.get_ref<const Json::object_t&>();
  if (am.size() != bm.size()) return false;
  auto same_place = bm.begin();
  for (const auto& [key, value] : am) {
    // Keys are mostly in the same order on both sides: try the same place
    // before a search (ordered_json's find is a linear scan).
    const auto& candidate = *same_place++;
    const Json* other = &candidate.second;
    if (candidate.first != key) {
      auto found = b.find(key);
      if (found == b.end()) return false;
      other = &*found;
    }
    if (!Equivalent(value, *other)) return false;
  }
  return true;
}

bool Equivalent(const Json& a, const Json& b) {
  // Two values of one type (nearly every pair a diff compares: most of a
  // template is unchanged) are decided on their representation here, in one
  // switch: the unchanged resources' walk was a seventh of `cdkpp diff`.
  using Type = Json::value_t;
  if (a.type() == b.type()) {
    switch (a.type()) {
      case Type::object:
        return ObjectsEquivalent(a, b);
      case Type::array: {
        const Json::array_t& x = *a.get_ptr<const Json::array_t*>();
        const Json::array_t& y = *b.get_ptr<const Json::array_t*>();
        if (x.size() != y.size()) return false;
        for (std::size_t i = 0; i < x.size(); ++i) {
          if (!Equivalent(x[i], y[i])) return false;
        }
        return true;
      }
      case Type::string:
        if (*a.get_ptr<const std::string*>() == *b.get_ptr<const std::string*>()) return true;
        break;  // maybe the same JSON in other spelling: below
      case Type::number_integer:
        return *a.get_ptr<const Json::number_integer_t*>() ==
               *b.get_ptr<const Json::number_integer_t*>();
      case Type::number_unsigned:
        return *a.get_ptr<const Json::number_unsigned_t*>() ==
               *b.get_ptr<const Json::number_unsigned_t*>();
      case Type::boolean:
        return *a.get_ptr<const Json::boolean_t*>() == *b.get_ptr<const Json::boolean_t*>();
      case Type::null:
        return true;
      default:
        break;  // doubles (5.0 is "5"), binary: the general rules below
    }
  }
  // Left: strings that differ as text, doubles, and pairs of two types (a
  // number and its string, a signed and an unsigned integer).
  if (a.is_string() && b.is_string()) {
    // The common case, without building ScalarText copies.
    if (a.get_ref<const std::string&>() == b.get_ref<const std::string&>()) return true;
    auto pa = ParseJsonString(a);
    if (!pa) return false;
    auto pb = ParseJsonString(b);
    return pb && Equivalent(*pa, *pb);
  }
  if (a.is_number_integer() && b.is_number_integer()) return a == b;
  if (IsScalar(a) && IsScalar(b)) {
    if (ScalarText(a) == ScalarText(b)) return true;
    auto pa = ParseJsonString(a);
    if (!pa) return false;
    auto pb = ParseJsonString(b);
    return pb && Equivalent(*pa, *pb);
  }
  return false;  // two nulls, objects or arrays were decided above
}

ValueDiff Leaf(std::string key, ChangeKind kind, Json old_value, Json new_value) {
  ValueDiff d;
  d.key = std::move(key);
  d.kind = kind;
  d.old_value = std::move(old_value);
  d.new_value = std::move(new_value);
  return d;
}

void DiffInto(const std::string& key, const Json& a, const Json& b, std::vector<ValueDiff>* out);

void DiffChildren(const Json& a, const Json& b, std::vector<ValueDiff>* out) {
  if (a.is_object() && b.is_object()) {
    ForEachKeyInUnion(a, b, [&](std::string_view key, const Json* ia, const Json* ib) {
      std::string k(key);
      if (!ib) {
        out->push_back(Leaf(k, ChangeKind::kRemoved, *ia, nullptr));
      } else if (!ia) {
        out->push_back(Leaf(k, ChangeKind::kAdded, nullptr, *ib));
      } else {
        DiffInto(k, *ia, *ib, out);
      }
    });
    return;
  }
  // Arrays.
  if (a.size() == b.size()) {
    for (std::size_t i = 0; i < a.size(); ++i) {
      DiffInto("[" + std::to_string(i) + "]", a[i], b[i], out);
    }
    return;
  }
  // Lengths differ: match equal elements first so that inserting one item
  // shows as one addition, not as every later element "modified".
  std::vector<bool> used(b.size(), false);
  std::vector<bool> kept(a.size(), false);
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (std::size_t j = 0; j < b.size(); ++j) {
      if (!used[j] && Equivalent(a[i], b[j])) {
        used[j] = kept[i] = true;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!kept[i])
      out->push_back(Leaf("[" + std::to_string(i) + "]", ChangeKind::kRemoved, a[i], nullptr));
  }
  for (std::size_t j = 0; j < b.size(); ++j) {
    if (!used[j])
      out->push_back(Leaf("[" + std::to_string(j) + "]", ChangeKind::kAdded, nullptr, b[j]));
  }
}

void DiffInto(const std::string& key, const Json& a, const Json& b, std::vector<ValueDiff>* out) {
  if (Equivalent(a, b)) return;
  bool containers = (a.is_object() && b.is_object()) || (a.is_array() && b.is_array());
  if (containers) {
    ValueDiff node;
    node.key = key;
    DiffChildren(a, b, &node.children);
    out->push_back(std::move(node));
    return;
  }
  auto pa = ParseJsonString(a);
  auto pb = pa ? ParseJsonString(b) : std::nullopt;
  if (pa && pb && ((pa->is_object() && pb->is_object()) || (pa->is_array() && pb->is_array()))) {
    ValueDiff node;
    node.key = key;
    node.json_string = true;
    DiffChildren(*pa, *pb, &node.children);
    out->push_back(std::move(node));
    return;
  }
  out->push_back(Leaf(key, ChangeKind::kModified, a, b));
}

}  // namespace

bool ValuesEquivalent(const Json& a, const Json& b) { return Equivalent(a, b); }

std::vector<ValueDiff> DiffValues(const Json& old_value, const Json& new_value) {
  std::vector<ValueDiff> out;
  if (Equivalent(old_value, new_value)) return out;
  bool containers = (old_value.is_object() && new_value.is_object()) ||
                    (old_value.is_array() && new_value.is_array());
  if (containers) {
    DiffChildren(old_value, new_value, &out);
  } else {
    DiffInto("", old_value, new_value, &out);
  }
  return out;
}

}  // namespace cdkpp::diff
