// CDKPP-CFN-017..019: intrinsic functions with unknown names or malformed
// arguments, Fn::FindInMap into missing mappings, and parameter declarations
// CloudFormation refuses. Found by the cfn-lint agreement corpus (cfn-lint
// E1011, E1017, E1022, E2002, E2015, E3012).
#include <algorithm>
#include <array>
#include <string_view>

#include "validate/json_walk.h"
#include "validate/literal.h"
#include "validate/references.h"
#include "validate/rules.h"

namespace cdkpp::validate::internal {
namespace {

// Fn::GetStackOutput reads another stack's output (cross-account and
// cross-region too); AWS CDK emits it.
constexpr std::array<std::string_view, 19> kFunctions = {
    "Fn::Base64",      "Fn::Cidr",   "Fn::FindInMap",    "Fn::GetAtt",        "Fn::GetAZs",
    "Fn::ImportValue", "Fn::Join",   "Fn::Select",       "Fn::Split",         "Fn::Sub",
    "Fn::Transform",   "Fn::If",     "Fn::Equals",       "Fn::Not",           "Fn::And",
    "Fn::Or",          "Fn::Length", "Fn::ToJsonString", "Fn::GetStackOutput"};

// What Fn::ImportValue may hold besides a string: the functions that yield
// one (its reference lists them; cfn-lint E1016 checks the same).
constexpr std::array<std::string_view, 8> kImportValueFunctions = {
    "Fn::Base64", "Fn::FindInMap", "Fn::If",  "Fn::Join",
    "Fn::Select", "Fn::Split",     "Fn::Sub", "Ref"};

bool IsList(const Json& v) { return v.is_array() || IsIntrinsic(v); }
bool IsStringy(const Json& v) { return v.is_string() || IsIntrinsic(v); }

// {"Fn::Transform": ...}: a macro's call, which CloudFormation replaces with
// the macro's output before it reads the function around it.
bool IsMacroCall(const Json& v) {
  return v.is_object() && v.size() == 1 && v.begin().key() == "Fn::Transform";
}

// Fn::GetStackOutput takes {StackName, OutputName, Region?, RoleArn?}
// (CloudFormation Template Reference, intrinsic-function-reference-getstackoutput).
std::string GetStackOutputProblem(const Json& arg) {
  const std::string shape = "Fn::GetStackOutput takes {StackName, OutputName, Region, RoleArn} "
                            "(the last two optional)";
  if (!arg.is_object() || IsIntrinsic(arg)) return shape + "; got " + SerializeCompact(arg);
  for (const char* required : {"StackName", "OutputName"}) {
    if (!arg.contains(required)) return shape + "; " + required + " is missing";
  }
  for (auto it = arg.begin(); it != arg.end(); ++it) {
    const std::string& key = it.key();
    if (key != "StackName" && key != "OutputName" && key != "Region" && key != "RoleArn") {
      return shape + "; \"" + key + "\" is not one of them";
    }
  }
  return "";
}

// The argument problem of one intrinsic, or "" when its shape is right (or
// unknown until a macro has run).
std::string ArgumentProblem(std::string_view fn, const Json& arg) {
  if (IsMacroCall(arg)) return "";
  auto arity = [&](std::size_t min, std::size_t max) {
    return arg.is_array() && arg.size() >= min && arg.size() <= max;
  };
  if (fn == "Fn::Join") {
    if (!arity(2, 2) || !arg[0].is_string() || !IsList(arg[1])) {
      return "Fn::Join takes [delimiter string, list of values]";
    }
  } else if (fn == "Fn::Select") {
    if (!arity(2, 2) || !IsList(arg[1])) return "Fn::Select takes [index, list]";
    if (!IsIntrinsic(arg[0]) && !AsInt(&arg[0])) {
      return "Fn::Select index must be an integer, got " + SerializeCompact(arg[0]);
    }
  } else if (fn == "Fn::Split") {
    if (!arity(2, 2) || !arg[0].is_string() || !IsStringy(arg[1])) {
      return "Fn::Split takes [delimiter string, source string]";
    }
  } else if (fn == "Fn::FindInMap") {
    if (!arity(3, 4)) return "Fn::FindInMap takes [map name, top-level key, second-level key]";
  } else if (fn == "Fn::If") {
    if (!arity(3, 3) || !arg[0].is_string()) {
      return "Fn::If takes [condition name, value if true, value if false]";
    }
  } else if (fn == "Fn::Equals") {
    if (!arity(2, 2)) return "Fn::Equals takes two values";
  } else if (fn == "Fn::Not") {
    if (!arity(1, 1)) return "Fn::Not takes a list of one condition";
  } else if (fn == "Fn::And" || fn == "Fn::Or") {
    if (!arity(2, 10)) return std::string(fn) + " takes a list of 2 to 10 conditions";
  } else if (fn == "Fn::Cidr") {
    if (!arity(3, 3)) return "Fn::Cidr takes [ip block, count, cidr bits]";
  } else if (fn == "Fn::Sub") {
    if (!arg.is_string() && !(arity(1, 2) && arg[0].is_string())) {
      return "Fn::Sub takes a string or [string, variable map]";
    }
  } else if (fn == "Fn::ImportValue") {
    bool ok = arg.is_string() && !arg.get_ref<const std::string&>().empty();
    if (IsIntrinsic(arg)) {
      const std::string& inner = arg.begin().key();
      ok = std::find(kImportValueFunctions.begin(), kImportValueFunctions.end(), inner) !=
           kImportValueFunctions.end();
    }
    if (!ok) {
      return "Fn::ImportValue takes an export name: a string or one of Fn::Sub, Fn::Join, "
             "Fn::Select, Fn::Split, Fn::If, Fn::FindInMap, Fn::Base64, Ref; got " +
             SerializeCompact(arg);
    }
  } else if (fn == "Fn::GetAtt") {
    if (!arg.is_string() && !arity(2, 2)) return "Fn::GetAtt takes [logical id, attribute]";
  } else if (fn == "Fn::GetStackOutput") {
    return GetStackOutputProblem(arg);
  }
  return "";
}

// Calls report(fn, arg, path) for every intrinsic {"Fn::...": arg} under
// `value` (Fn::ForEach loops excepted); path->Text() spells out where.
template <typename Report>
void WalkIntrinsics(const Json& value, StepPath* path, const Report& report) {
  if (const Json::array_t* items = Items(value)) {
    for (std::size_t i = 0; i < items->size(); ++i) {
      StepScope scope(path, i);
      WalkIntrinsics((*items)[i], path, report);
    }
    return;
  }
  const Json::object_t* members = Members(value);
  if (members == nullptr) return;
  if (members->size() == 1) {
    const auto& [key, arg] = members->front();
    if (IsFnKey(key) && !key.starts_with("Fn::ForEach::")) {
      StepScope scope(path, key);
      report(key, arg, *path);
    }
  }
  for (const auto& [key, child] : *members) {
    StepScope scope(path, key);
    WalkIntrinsics(child, path, report);
  }
}

// Calls fn(resource or nullptr, element id, path at the element, value) for
// every element whose values may hold intrinsics.
template <typename Fn>
void ForEachElement(const RuleContext& ctx, const Fn& fn) {
  StepPath path;
  for (const auto& r : ctx.resources()) {
    path.Reset("");
    fn(&r, r.logical_id, &path, *r.resource);
  }
  for (const char* section : {"Outputs", "Conditions"}) {
    const Json* s = ctx.Section(section);
    if (s == nullptr) continue;
    for (const auto& [name, element] : *Members(*s)) {
      path.Reset(section);
      fn(nullptr, name, &path, element);
    }
  }
}

}  // namespace

void CheckIntrinsicFunctions(const RuleContext& ctx, Reporter& out) {
  ForEachElement(ctx, [&](const ResourceView* r, const std::string& id, StepPath* prefix,
                          const Json& value) {
    WalkIntrinsics(value, prefix, [&](const std::string& fn, const Json& arg, const StepPath& path) {
      std::string problem;
      if (std::find(kFunctions.begin(), kFunctions.end(), fn) == kFunctions.end()) {
        problem = "unknown intrinsic function " + fn;
      } else {
        problem = ArgumentProblem(fn, arg);
      }
      if (problem.empty()) return;
      if (r != nullptr) {
        out.Report(*r, path.Text(), problem);
      } else {
        out.ReportElement(id, path.Text(), problem);
      }
    });
  });
}

void CheckFindInMap(const RuleContext& ctx, Reporter& out) {
  if (!ctx.uses_find_in_map()) return;
  const Json* mappings = ctx.Section("Mappings");
  ForEachElement(ctx, [&](const ResourceView* r, const std::string& id, StepPath* prefix,
                          const Json& value) {
    WalkIntrinsics(value, prefix, [&](const std::string& fn, const Json& arg, const StepPath& path) {
      if (fn != "Fn::FindInMap" || !arg.is_array() || arg.size() < 3) return;
      std::string problem;
      auto name = AsString(&arg[0]);
      if (!name) return;  // computed map name: unknown
      const Json* map = Get(mappings, *name);
      auto top = AsString(&arg[1]);
      auto second = AsString(&arg[2]);
      if (map == nullptr) {
        problem = "Fn::FindInMap names mapping \"" + *name + "\", which Mappings does not declare";
      } else if (top && !map->contains(*top)) {
        problem = "mapping \"" + *name + "\" has no top-level key \"" + *top + "\"";
      } else if (top && second && !(*map)[*top].contains(*second)) {
        problem = "mapping \"" + *name + "\" key \"" + *top + "\" has no second-level key \"" +
                  *second + "\"";
      }
      if (problem.empty()) return;
      if (arg.size() == 4) return;  // a DefaultValue makes missing keys legal
      if (r != nullptr) {
        out.Report(*r, path.Text(), problem);
      } else {
        out.ReportElement(id, path.Text(), problem);
      }
    });
  });
}

void CheckParameterDeclarations(const RuleContext& ctx, Reporter& out) {
  const Json* params = ctx.Section("Parameters");
  if (params == nullptr) return;
  for (auto it = params->begin(); it != params->end(); ++it) {
    auto type = AsString(Get(&it.value(), "Type"));
    if (type) {
      // List<String> is what AWS CDK declares for cross-stack string lists.
      bool known = *type == "String" || *type == "Number" || *type == "List<Number>" ||
                   *type == "List<String>" || *type == "CommaDelimitedList" ||
                   type->rfind("AWS::", 0) == 0 || type->rfind("List<AWS::", 0) == 0;
      if (!known) {
        out.ReportElement(it.key(), "Type", "parameter type \"" + *type + "\" does not exist");
      }
    }
    const Json* allowed = Get(&it.value(), "AllowedValues");
    const Json* def = Get(&it.value(), "Default");
    if (allowed != nullptr && allowed->is_array() && def != nullptr && !def->is_structured() &&
        (!type || *type == "String" || *type == "Number")) {
      std::string d = def->is_string() ? def->get<std::string>() : SerializeCompact(*def);
      bool found = std::any_of(allowed->begin(), allowed->end(), [&](const Json& a) {
        return (a.is_string() ? a.get<std::string>() : SerializeCompact(a)) == d;
      });
      if (!found) {
        out.ReportElement(it.key(), "Default",
                          "Default \"" + d + "\" is not one of the parameter's AllowedValues");
      }
    }
  }
}

}  // namespace cdkpp::validate::internal
