// Block-style YAML with CloudFormation short-form tags. Short forms and the
// one-tag-per-node rule: docs/yaml-templates.md.
#include "cdkpp/template/format_yaml.h"

#include <array>
#include <cctype>
#include <string_view>

namespace cdkpp {
namespace {

// Words some YAML parser (1.1 or 1.2) reads as a boolean or null.
bool IsReservedWord(std::string_view s) {
  static constexpr std::array<std::string_view, 11> kWords = {
      "true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf"};
  std::string lower;
  for (char c : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view word : kWords) {
    if (lower == word) return true;
  }
  return false;
}

// A string that every YAML parser reads back as this same string when written
// plain: a letter or '/' first (so never a number), a small set of safe
// characters, no ": " (a mapping) and no trailing colon or space.
bool IsPlainSafe(std::string_view s) {
  if (s.empty() || IsReservedWord(s)) return false;
  if (!std::isalpha(static_cast<unsigned char>(s[0])) && s[0] != '/') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool safe = std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '_' ||
                c == '.' || c == '/' || c == ':' || c == '@' || c == '-';
    if (!safe) return false;
    if (c == ':' && (i + 1 == s.size() || s[i + 1] == ' ')) return false;
  }
  return s.back() != ' ';
}

std::string String(const std::string& s) {
  if (IsPlainSafe(s)) return s;
  // A JSON string is a valid YAML double-quoted scalar with the same value.
  return Json(s).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string Scalar(const Json& v) {
  if (v.is_string()) return String(v.get<std::string>());
  if (v.is_object()) return "{}";
  if (v.is_array()) return "[]";
  return v.dump();  // null, booleans and numbers are spelled as in JSON
}

// A short-form function: its tag and what follows the tag.
struct ShortForm {
  std::string tag;
  const Json* argument = nullptr;
  std::string scalar;  // set when the argument is written as one scalar
};

bool IsFunction(const Json& v) {
  if (!v.is_object() || v.size() != 1) return false;
  const std::string& key = v.begin().key();
  return key == "Ref" || key.rfind("Fn::", 0) == 0;
}

bool ToShortForm(const Json& v, ShortForm* form) {
  if (!IsFunction(v)) return false;
  const std::string& key = v.begin().key();
  const Json& argument = v.begin().value();
  if (IsFunction(argument)) return false;  // one tag per node: keep the outer long form
  form->tag = key == "Ref" ? "!Ref" : "!" + key.substr(4);
  form->argument = &argument;
  if (key == "Fn::GetAtt" && argument.is_array() && argument.size() == 2 &&
      argument[0].is_string() && argument[1].is_string()) {
    // A.Endpoint.Address is split at the first dot by CloudFormation but at
    // every dot by some readers (moto), which also mangle `!GetAtt [A, B]`:
    // a dotted attribute keeps the long form every reader agrees on.
    if (argument[1].get<std::string>().find('.') != std::string::npos) return false;
    form->scalar = String(argument[0].get<std::string>() + "." + argument[1].get<std::string>());
  } else if (!argument.is_structured() || argument.empty()) {
    form->scalar = Scalar(argument);
  }
  return true;
}

bool IsBlock(const Json& v) { return v.is_structured() && !v.empty(); }

void Block(const Json& v, int indent, std::string* out);

// What follows "key:" or "- !Tag": the rest of the line and any nested block.
void AfterKey(const Json& v, int indent, std::string* out) {
  ShortForm form;
  if (ToShortForm(v, &form)) {
    if (!form.scalar.empty() || !IsBlock(*form.argument)) {
      *out += " " + form.tag + " " + (form.scalar.empty() ? Scalar(*form.argument) : form.scalar);
      *out += "\n";
    } else {
      *out += " " + form.tag + "\n";
      Block(*form.argument, indent + 2, out);
    }
  } else if (IsBlock(v)) {
    *out += "\n";
    Block(v, indent + 2, out);
  } else {
    *out += " " + Scalar(v) + "\n";
  }
}

void Item(const Json& v, int indent, std::string* out) {
  std::string pad(indent, ' ');
  ShortForm form;
  if (IsBlock(v) && !ToShortForm(v, &form)) {
    // "- " takes the place of the first line's indentation: "- Key: value".
    std::string nested;
    Block(v, indent + 2, &nested);
    *out += pad + "- " + nested.substr(indent + 2);
    return;
  }
  *out += pad + "-";
  AfterKey(v, indent, out);
}

// A non-empty mapping or sequence, every line indented by `indent`.
void Block(const Json& v, int indent, std::string* out) {
  std::string pad(indent, ' ');
  if (v.is_array()) {
    for (const Json& item : v) Item(item, indent, out);
    return;
  }
  for (auto it = v.begin(); it != v.end(); ++it) {
    *out += pad + String(it.key()) + ":";
    AfterKey(it.value(), indent, out);
  }
}

}  // namespace

std::string SerializeTemplateYaml(const Json& value) {
  if (!IsBlock(value)) return Scalar(value) + "\n";
  std::string out;
  Block(value, 0, &out);
  return out;
}

}  // namespace cdkpp
