// CDKPP-SCH-001..010: resource properties against the official CloudFormation
// resource provider schemas (data generated from cfn-lint's copy; see
// docs/schema-data.md). Values given by intrinsics are not checked: their
// value is only known at deploy time.
#include <cctype>
#include <cstdlib>
#include <map>
#include <optional>
#include <regex>
#include <string>

#include "util/bounded_regex.h"
#include "util/small_regex.h"
#include "util/numbers.h"
#include "util/suggest.h"
#include "util/utf8.h"
#include "validate/json_walk.h"
#include "validate/literal.h"
#include "validate/packaged_artifacts.h"
#include "validate/rules.h"
#include "validate/simple_pattern.h"

namespace cdkpp::validate::internal {
namespace {

// "; did you mean \"X\"?" when one candidate is close to word, else "".
std::string DidYouMean(const std::string& word, const std::vector<std::string_view>& names) {
  if (word.size() < 3) return "";  // "A" for "P" would be noise
  return cdkpp::internal::DidYouMean(word, {names.begin(), names.end()});
}

// Types the schemas cannot describe: custom resources take any properties,
// and SAM/transform types only exist before the transform runs.
bool IsOpenType(std::string_view type) {
  // AWS::CDK::Metadata's published schema lacks the Analytics property every
  // AWS CDK template sets; cfn-lint skips the type too.
  return type.starts_with("Custom::") || type == "AWS::CloudFormation::CustomResource" ||
         type == "AWS::CDK::Metadata" || type.starts_with("AWS::Serverless::") ||
         (type.size() > 8 && type.ends_with("::MODULE"));
}

bool IsNumeric(const std::string& s, bool integer_only) {
  if (s.empty()) return false;
  std::size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < s.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(s[i]))) {
      digits = true;
    } else if (s[i] == '.' && !dot && !integer_only) {
      dot = true;
    } else {
      return false;
    }
  }
  return digits;
}

std::string Describe(const Json& v) {
  if (v.is_string()) return "string \"" + v.get<std::string>() + "\"";
  if (v.is_boolean()) return std::string("boolean ") + (v.get<bool>() ? "true" : "false");
  if (v.is_number()) return "number " + SerializeCompact(v);
  if (v.is_array()) return "array";
  if (v.is_object()) return "object";
  return "null";
}

std::string TypeList(const std::vector<std::string_view>& types) {
  std::string out;
  for (std::size_t i = 0; i < types.size(); ++i) {
    if (i > 0) out += i + 1 == types.size() ? " or " : ", ";
    out += types[i];
  }
  return out;
}

// CloudFormation coerces scalars the way cfn-lint accepts them: any scalar
// where a string is expected, digit strings where numbers are, and
// "true"/"false" strings where booleans are.
bool TypeAllowed(const PropertySchema& s, const Json& v) {
  if (s.AnyType()) return true;
  if (v.is_string()) {
    const std::string& str = v.get_ref<const std::string&>();
    return s.Allows("string") || (s.Allows("integer") && IsNumeric(str, true)) ||
           (s.Allows("number") && IsNumeric(str, false)) ||
           (s.Allows("boolean") && AsBool(&v).has_value());
  }
  if (v.is_boolean()) return s.Allows("boolean") || s.Allows("string");
  if (v.is_number_integer()) return s.Allows("integer") || s.Allows("number") || s.Allows("string");
  if (v.is_number()) {
    return s.Allows("number") || s.Allows("string") ||
           (s.Allows("integer") && AsInt(&v).has_value());
  }
  if (v.is_array()) return s.Allows("array");
  if (v.is_object()) return s.Allows("object");
  return true;
}

std::optional<double> AsNumber(const Json& v) {
  if (v.is_number()) return v.get<double>();
  // A numeric string too large for a double has no value to compare.
  if (v.is_string() && IsNumeric(v.get_ref<const std::string&>(), false)) {
    return cdkpp::internal::ParseFiniteDouble(v.get_ref<const std::string&>());
  }
  return std::nullopt;
}

std::string NumberText(double d) {
  std::optional<long long> whole = cdkpp::internal::ExactInt64(d);
  return whole ? std::to_string(*whole) : SerializeCompact(Json(d));
}

// Rewrites a schema pattern for std::regex:
// - Python's anchors \A and \Z (a few schemas use them) become ^ and $;
// - a bounded repetition {m,n} becomes * or + : std::regex compiles X{1,512}
//   into 512 copies of X, which costs milliseconds per pattern, and the
//   length bounds are checked separately (minLength/maxLength) anyway.
std::string ToEcmaScript(const std::string& pattern) {
  std::string out;
  bool in_class = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (!in_class && pattern[i] == '{') {
      auto close = pattern.find('}', i);
      std::string body = close == std::string::npos ? "" : pattern.substr(i + 1, close - i - 1);
      bool quantifier = !body.empty() &&
                        body.find_first_not_of("0123456789,") == std::string::npos &&
                        std::isdigit(static_cast<unsigned char>(body[0]));
      if (quantifier) {
        bool none = cdkpp::internal::ParseInt64(body.substr(0, body.find(','))) == 0;
        out += none ? "*" : "+";
        i = close;
        continue;
      }
    }
    if (pattern[i] == '[' && (i == 0 || pattern[i - 1] != '\\')) in_class = true;
    if (pattern[i] == ']' && (i == 0 || pattern[i - 1] != '\\')) in_class = false;
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      char next = pattern[i + 1];
      if (next == 'Z' || next == 'z') {
        out += '$';
      } else if (next == 'A') {
        out += '^';
      } else {
        out += pattern.substr(i, 2);
      }
      ++i;
      continue;
    }
    out += pattern[i];
  }
  return out;
}

// Compiled patterns, shared by every resource of one ValidateTemplate call:
// compiling is the expensive part of std::regex.
// A pattern is matched by a SimplePattern when it has that form, else by a
// SmallRegex (compiled in microseconds) when in its subset, else by a
// std::regex, else (unsupported syntax) not at all.
struct CompiledPattern {
  std::optional<SimplePattern> simple;
  std::optional<cdkpp::internal::SmallRegex> small;
  std::optional<std::regex> regex;
};
using RegexCache = std::map<std::string, CompiledPattern>;

class PropertyWalker {
 public:
  PropertyWalker(const ResourceView& r, Reporter& out, RegexCache& regexes)
      : r_(r), out_(out), regexes_(regexes), packaged_type_(HasPackagedProperty(r.type)) {}

  // `path` is shared by the whole walk (StepPath): no path string is built
  // for a property that has no finding.
  void CheckObject(SchemaPropertyList props, SchemaStringList required, const Json* obj,
                   StepPath* path, const ResourceSchema* top) {
    if (const Json::object_t* members = obj != nullptr ? Members(*obj) : nullptr) {
      for (const auto& [key, value] : *members) {
        StepScope scope(path, key);
        const PropertySchema* p = props.Find(key);
        if (p == nullptr) {
          out_.ReportAs("CDKPP-SCH-002", r_, path->Text(),
                        "property \"" + key + "\" is not defined for " + r_.type +
                            DidYouMean(key, props.Names()));
          continue;
        }
        if (top != nullptr && IsReadOnly(*top, key)) {
          // Not an error: cfn-lint accepts it and many handlers ignore it,
          // but the value set here never takes effect.
          out_.ReportAs("CDKPP-SCH-009", r_, path->Text(),
                        "property \"" + key + "\" of " + r_.type +
                            " is read-only (set by CloudFormation)");
        }
        CheckValue(*p, value, path);
      }
    }
    for (std::string_view name : required) {
      if (obj == nullptr || !obj->contains(name)) {
        out_.ReportAs("CDKPP-SCH-003", r_, JoinPath(path->Text(), std::string(name)),
                      "required property \"" + std::string(name) + "\" is missing");
      }
    }
  }

 private:
  static bool IsReadOnly(const ResourceSchema& schema, const std::string& name) {
    return schema.read_only_properties().Contains(name);
  }

  void CheckValue(const PropertySchema& s, const Json& v, StepPath* path) {
    if (IsIntrinsic(v) || v.is_null()) return;
    if (packaged_type_ && IsLocalArtifactPath(v) && IsPackagedProperty(r_.type, path->Text())) {
      out_.ReportAs("CDKPP-SCH-010", r_, path->Text(),
                    "\"" + v.get<std::string>() +
                        "\" is a local path: `aws cloudformation package` uploads it to S3 and "
                        "writes its S3 location here; deploy the template that command writes");
      return;
    }
    if (!TypeAllowed(s, v)) {
      out_.ReportAs("CDKPP-SCH-004", r_, path->Text(),
                    "expected " + TypeList(s.Types()) + ", got " + Describe(v));
      return;
    }
    if (v.is_array()) {
      CheckCount(s.min_items(), s.max_items(), v.size(), "items", *path);
      if (const PropertySchema* items = s.items()) {
        const Json::array_t& values = *Items(v);
        for (std::size_t i = 0; i < values.size(); ++i) {
          StepScope scope(path, i);
          CheckValue(*items, values[i], path);
        }
      }
      return;
    }
    if (v.is_object()) {
      // An object schema without properties (a free-form JSON document such
      // as a policy) accepts any keys; a policy's Effect is still checked.
      if (!s.properties().empty()) {
        CheckObject(s.properties(), s.required(), &v, path, nullptr);
      } else {
        CheckPolicyEffects(v, path);
      }
      return;
    }
    CheckScalar(s, v, *path);
  }

  // IAM accepts only "Allow" and "Deny" (case-sensitive) as a statement's
  // Effect, in every policy language (identity, resource, trust, key).
  void CheckPolicyEffects(const Json& document, StepPath* path) {
    static const std::string kStatement = "Statement", kEffect = "Effect";
    auto statements = document.find(kStatement);
    if (statements == document.end()) return;
    StepScope scope(path, kStatement);
    auto check = [&](const Json& statement) {
      auto effect = statement.is_object() ? statement.find("Effect") : statement.end();
      if (effect == statement.end() || !effect->is_string()) return;
      const std::string& e = effect->get_ref<const std::string&>();
      if (e == "Allow" || e == "Deny") return;
      StepScope effect_scope(path, kEffect);
      out_.ReportAs("CDKPP-SCH-005", r_, path->Text(),
                    Describe(*effect) + " is not one of Allow, Deny (an IAM policy Effect)");
    };
    if (statements->is_array()) {
      for (std::size_t i = 0; i < statements->size(); ++i) {
        StepScope item(path, i);
        check((*statements)[i]);
      }
    } else {
      check(*statements);
    }
  }

  void CheckScalar(const PropertySchema& s, const Json& v, const StepPath& path) {
    constexpr std::string_view kDynamicReference = "{{resolve:";
    if (v.is_string() &&
        std::string_view(v.get_ref<const std::string&>()).find(kDynamicReference) !=
            std::string_view::npos) {
      return;  // a dynamic reference: the real value is resolved at deploy time
    }
    if (s.HasEnum() && !InEnum(s, v)) {
      std::string allowed;
      std::vector<std::string_view> names;
      for (const SchemaEnumValue* e = s.enum_begin(); e != s.enum_end(); ++e) {
        if (!allowed.empty()) allowed += ", ";
        names.push_back(e->text());
        allowed += names.back();
      }
      std::string hint = v.is_string() ? DidYouMean(v.get<std::string>(), names) : "";
      out_.ReportAs("CDKPP-SCH-005", r_, path.Text(),
                    Describe(v) + " is not one of " + allowed + hint);
      return;
    }
    if (v.is_string()) {
      const std::string& str = v.get_ref<const std::string&>();
      if (s.Allows("string")) {
        std::optional<long long> min = s.min_length(), max = s.max_length();
        if (min || max) {  // counting code points reads the whole string
          CheckCount(min, max, cdkpp::internal::CodePointCount(str), "characters", path);
        }
        if (!s.pattern().empty() && !Matches(s.pattern(), str)) {
          out_.ReportAs("CDKPP-SCH-006", r_, path.Text(),
                        Describe(v) + " does not match the pattern " + std::string(s.pattern()));
        }
      }
    }
    if (s.Allows("integer") || s.Allows("number")) {
      auto n = AsNumber(v);
      if (!n) return;
      std::optional<double> minimum = s.minimum(), maximum = s.maximum();
      if (minimum && *n < *minimum) {
        out_.ReportAs("CDKPP-SCH-007", r_, path.Text(),
                      "value " + NumberText(*n) + " is below the minimum " + NumberText(*minimum));
      } else if (maximum && *n > *maximum) {
        out_.ReportAs("CDKPP-SCH-007", r_, path.Text(),
                      "value " + NumberText(*n) + " is above the maximum " + NumberText(*maximum));
      }
    }
  }

  void CheckCount(const std::optional<long long>& min, const std::optional<long long>& max,
                  std::size_t n, const char* unit, const StepPath& path) {
    auto count = static_cast<long long>(n);
    if (min && count < *min) {
      out_.ReportAs(
          "CDKPP-SCH-007", r_, path.Text(),
          std::to_string(count) + " " + unit + ", fewer than the minimum " + std::to_string(*min));
    } else if (max && count > *max) {
      out_.ReportAs(
          "CDKPP-SCH-007", r_, path.Text(),
          std::to_string(count) + " " + unit + ", more than the maximum " + std::to_string(*max));
    }
  }

  // Enums hold strings and integers (integers as their JSON text).
  static bool InEnum(const PropertySchema& s, const Json& v) {
    // "1" matches 1, true matches "true": CloudFormation coerces scalars.
    std::string text = v.is_string() ? v.get<std::string>() : SerializeCompact(v);
    for (const SchemaEnumValue* e = s.enum_begin(); e != s.enum_end(); ++e) {
      if (e->text() == text) return true;
      // 3.0 equals the integer 3, as JSON numbers compare.
      if (!e->is_string && v.is_number_float() &&
          v.get<double>() == std::strtod(std::string(e->text()).c_str(), nullptr)) {
        return true;
      }
    }
    return false;
  }

  // Schemas use ECMAScript patterns; some use syntax std::regex lacks
  // (\p{L} classes, lookbehind). Those are skipped rather than guessed.
  bool Matches(std::string_view pattern_view, const std::string& value) {
    std::string pattern(pattern_view);
    auto it = regexes_.find(pattern);
    if (it == regexes_.end()) {
      CompiledPattern compiled;
      compiled.simple = ParseSimplePattern(pattern);
      bool skipped = pattern == ".*" || pattern == "^[\\s\\S]*$" ||
                     pattern.find("\\p{") != std::string::npos;
      if (!compiled.simple && !skipped) {
        compiled.small = cdkpp::internal::SmallRegex::Compile(ToEcmaScript(pattern));
      }
      if (!compiled.simple && !compiled.small && !skipped) {
        try {
          compiled.regex.emplace(ToEcmaScript(pattern), std::regex::ECMAScript);
        } catch (const std::regex_error&) {
          compiled.regex.reset();
        }
      }
      it = regexes_.emplace(pattern, std::move(compiled)).first;
    }
    if (it->second.simple) return it->second.simple->Matches(value);
    if (it->second.small) {
      // As with std::regex below: too long to decide is no finding.
      return value.size() > cdkpp::internal::SmallRegex::kMaxInput ||
             it->second.small->Search(value);
    }
    if (!it->second.regex) return true;
    // Unknown (a value too long for std::regex, or its complexity limit):
    // no finding rather than a guess.
    return cdkpp::internal::BoundedRegexSearch(value, *it->second.regex).value_or(true);
  }

  const ResourceView& r_;
  Reporter& out_;
  RegexCache& regexes_;
  bool packaged_type_;  // HasPackagedProperty(r_.type)
};

}  // namespace

void CheckResourceTypes(const RuleContext& ctx, Reporter& out) {
  for (const auto& r : ctx.resources()) {
    if (r.type.empty() || IsOpenType(r.type)) continue;
    if (r.schema == nullptr) {
      out.Report(r, "Type", "resource type \"" + r.type + "\" does not exist");
    }
  }
}

void CheckSchemaProperties(const RuleContext& ctx, Reporter& out) {
  RegexCache regexes;
  for (const auto& r : ctx.resources()) {
    if (r.type.empty() || IsOpenType(r.type)) continue;
    const ResourceSchema* schema = r.schema;
    if (schema == nullptr) continue;
    const Json* props = Get(r.resource, "Properties");
    if (props != nullptr && !props->is_object()) continue;  // CDKPP-CFN-001
    StepPath path("Properties");
    PropertyWalker walker(r, out, regexes);
    // `Properties: {Fn::If: [condition, map, map]}` chooses the whole map:
    // each branch is checked on its own (AWS::NoValue leaves none).
    const Json* choice = props != nullptr && props->size() == 1 ? Get(props, "Fn::If") : nullptr;
    if (choice != nullptr && choice->is_array() && choice->size() == 3) {
      for (std::size_t i = 1; i < 3; ++i) {
        const Json& branch = (*choice)[i];
        if (!branch.is_object() || IsIntrinsic(branch)) continue;
        StepPath branch_path("Properties.Fn::If[" + std::to_string(i) + "]");
        walker.CheckObject(schema->properties(), schema->required(), &branch, &branch_path, schema);
      }
      continue;
    }
    walker.CheckObject(schema->properties(), schema->required(), props, &path, schema);
  }
}

void CheckGetAttAttributes(const RuleContext& ctx, Reporter& out) {
  for (const auto& e : ctx.references()) {
    bool attr_ref = e.ref.kind == Reference::Kind::kGetAtt ||
                    (e.ref.kind == Reference::Kind::kSub && !e.ref.attribute.empty());
    if (!attr_ref || e.ref.attribute.empty()) continue;
    const ResourceView* target = e.target;
    if (target == nullptr || IsOpenType(target->type) ||
        target->type == "AWS::CloudFormation::Stack" || e.ref.attribute.rfind("Outputs.", 0) == 0) {
      continue;
    }
    const ResourceSchema* schema = target->schema;
    if (schema == nullptr || schema->HasAttribute(e.ref.attribute)) continue;
    std::string attributes;
    for (std::string_view a : schema->attributes()) {
      if (!attributes.empty()) attributes += ", ";
      attributes += a;
    }
    std::string message = target->type + " has no attribute \"" + e.ref.attribute +
                          "\" (it has: " + (attributes.empty() ? "none" : attributes) + ")" +
                          DidYouMean(e.ref.attribute, schema->attributes().ToVector());
    if (e.resource != nullptr) {
      out.Report(*e.resource, e.ref.path, message);
    } else {
      out.ReportElement(e.element, std::string(e.section) + "." + e.ref.path, message);
    }
  }
}

}  // namespace cdkpp::validate::internal
