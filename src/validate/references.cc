#include "validate/references.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "validate/json_walk.h"

namespace cdkpp::validate::internal {
namespace {

void AddSub(const std::string& text, const Json* variables, const std::string& path,
            std::vector<Reference>* out) {
  for (const std::string& var : SubVariables(text)) {
    if (variables != nullptr && variables->is_object() && variables->contains(var)) continue;
    Reference ref{Reference::Kind::kSub, var, "", path};
    // "${Res.Attr}" is a GetAtt; "${AWS::Region}" keeps its "::".
    auto dot = var.find('.');
    if (dot != std::string::npos) {
      ref.target = var.substr(0, dot);
      ref.attribute = var.substr(dot + 1);
    }
    out->push_back(std::move(ref));
  }
}

void AddGetAtt(const Json& arg, const std::string& path, std::vector<Reference>* out) {
  Reference ref{Reference::Kind::kGetAtt, "", "", path};
  if (arg.is_array() && !arg.empty() && arg[0].is_string()) {
    ref.target = arg[0].get<std::string>();
    if (arg.size() > 1 && arg[1].is_string()) ref.attribute = arg[1].get<std::string>();
  } else if (arg.is_string()) {
    // Short form "Res.Attr.Sub": the id is everything before the first dot.
    const std::string& s = arg.get_ref<const std::string&>();
    auto dot = s.find('.');
    ref.target = s.substr(0, dot);
    if (dot != std::string::npos) ref.attribute = s.substr(dot + 1);
  } else {
    return;  // malformed: the structure rule reports it
  }
  out->push_back(std::move(ref));
}

// The references of one intrinsic {key: arg} at `path`.
void CollectIntrinsic(const std::string& key, const Json& arg, const std::string& path,
                      std::vector<Reference>* out) {
  std::string sub_path = JoinPath(path, key);
  const std::string_view fn = key;  // compared as a view: no strlen per test
  if (fn == "Ref") {
    if (arg.is_string())
      out->push_back({Reference::Kind::kRef, arg.get<std::string>(), "", sub_path});
    return;
  }
  if (fn == "Fn::GetAtt") {
    AddGetAtt(arg, sub_path, out);
    // The attribute name may itself be a Ref (rare); walk the rest.
    if (arg.is_array() && arg.size() > 1) CollectReferences(arg[1], IndexPath(sub_path, 1), out);
    return;
  }
  if (fn == "Fn::Sub") {
    if (arg.is_string()) {
      AddSub(arg.get<std::string>(), nullptr, sub_path, out);
    } else if (arg.is_array() && !arg.empty()) {
      const Json* vars = arg.size() > 1 ? &arg[1] : nullptr;
      if (arg[0].is_string()) AddSub(arg[0].get<std::string>(), vars, IndexPath(sub_path, 0), out);
      if (vars != nullptr) CollectReferences(*vars, IndexPath(sub_path, 1), out);
    }
    return;
  }
  if (fn == "Fn::If" && arg.is_array() && !arg.empty()) {
    if (arg[0].is_string()) {
      out->push_back(
          {Reference::Kind::kCondition, arg[0].get<std::string>(), "", IndexPath(sub_path, 0)});
    }
    for (std::size_t i = 1; i < arg.size(); ++i) {
      CollectReferences(arg[i], IndexPath(sub_path, i), out);
    }
    return;
  }
  if (fn == "Condition" && arg.is_string()) {
    // Inside Conditions, {"Condition": "Name"} refers to another condition.
    out->push_back({Reference::Kind::kCondition, arg.get<std::string>(), "", sub_path});
    return;
  }
  CollectReferences(arg, sub_path, out);
}

}  // namespace

std::string JoinPath(const std::string& path, const std::string& key) {
  if (path.empty()) return key;
  std::string out;
  out.reserve(path.size() + 1 + key.size());
  out.append(path);
  out.push_back('.');
  out.append(key);
  return out;
}

std::string IndexPath(const std::string& path, std::size_t i) {
  std::string out;
  out.reserve(path.size() + 8);
  out.append(path);
  AppendIndex(&out, i);
  return out;
}

bool RefersTo(const Json& value, const std::string& id) {
  if (value.is_string()) return value.get_ref<const std::string&>() == id;
  std::vector<Reference> refs;
  CollectReferences(value, "", &refs);
  return refs.size() == 1 && refs[0].kind != Reference::Kind::kCondition && refs[0].target == id;
}

bool IsPseudoParameter(const std::string& name) {
  static constexpr std::array<std::string_view, 8> kPseudo = {
      "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue",   "AWS::Partition",
      "AWS::Region",    "AWS::StackId",          "AWS::StackName", "AWS::URLSuffix"};
  return std::find(kPseudo.begin(), kPseudo.end(), name) != kPseudo.end();
}

namespace {

void WalkForReferences(const Json& value, StepPath* path, std::vector<Reference>* out) {
  if (const Json::array_t* items = Items(value)) {
    for (std::size_t i = 0; i < items->size(); ++i) {
      StepScope scope(path, i);
      WalkForReferences((*items)[i], path, out);
    }
    return;
  }
  const Json::object_t* members = Members(value);
  if (members == nullptr) return;
  if (members->size() == 1) {
    const auto& [key, arg] = members->front();
    if (IsIntrinsicKey(key)) {
      // Intrinsics are rare: the path-building walker handles them.
      CollectIntrinsic(key, arg, path->Text(), out);
      return;
    }
  }
  for (const auto& [key, child] : *members) {
    StepScope scope(path, key);
    WalkForReferences(child, path, out);
  }
}

}  // namespace

void CollectReferences(const Json& value, const std::string& path, std::vector<Reference>* out) {
  StepPath steps(path);
  WalkForReferences(value, &steps, out);
}

}  // namespace cdkpp::validate::internal
