#include "cdkpp/template/language_extensions.h"

#include <cctype>
#include <utility>

namespace cdkpp {
namespace {

// A one-key object naming a function: {"Ref": ...}, {"Fn::X": ...}.
bool IsFunctionCall(const Json& value) {
  if (!value.is_object() || value.size() != 1) return false;
  const std::string& key = value.begin().key();
  return key == "Ref" || key == "Condition" || key.rfind("Fn::", 0) == 0;
}

constexpr std::string_view kForEachPrefix = "Fn::ForEach::";

void ReplaceAll(std::string* text, const std::string& from, const std::string& to) {
  for (std::size_t at = text->find(from); at != std::string::npos;
       at = text->find(from, at + to.size())) {
    text->replace(at, from.size(), to);
  }
}

// One loop variable bound to one collection item.
struct Binding {
  std::string identifier;
  std::string value;

  std::string Apply(std::string text) const {
    ReplaceAll(&text, "${" + identifier + "}", value);
    std::string alnum;
    for (char c : value) {
      if (std::isalnum(static_cast<unsigned char>(c)) != 0) alnum += c;
    }
    ReplaceAll(&text, "&{" + identifier + "}", alnum);
    return text;
  }
};

Json Substitute(const Json& value, const Binding& b) {
  if (value.is_string()) return b.Apply(value.get<std::string>());
  if (value.is_array()) {
    Json out = Json::array();
    for (const Json& item : value) out.push_back(Substitute(item, b));
    return out;
  }
  if (!value.is_object()) return value;
  if (value.size() == 1 && value.begin().key() == "Ref" && value.begin().value() == b.identifier) {
    return b.value;
  }
  Json out = Json::object();
  for (auto it = value.begin(); it != value.end(); ++it) {
    out[b.Apply(it.key())] = Substitute(it.value(), b);
  }
  return out;
}

class Expander {
 public:
  Expander(const Json& root, UnexpandedLoops unexpanded, std::vector<std::string>* notes)
      : root_(root), unexpanded_(unexpanded), notes_(notes) {}

  Json Expand(const Json& value) {
    if (value.is_array()) {
      Json out = Json::array();
      for (const Json& item : value) out.push_back(Expand(item));
      return out;
    }
    if (!value.is_object()) return value;
    Json out = Json::object();
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (it.key().rfind(kForEachPrefix, 0) == 0) {
        ExpandLoop(it.key(), it.value(), &out);
      } else {
        out[it.key()] = Expand(it.value());
      }
    }
    return Evaluate(std::move(out));
  }

 private:
  void ExpandLoop(const std::string& name, const Json& loop, Json* out) {
    if (!loop.is_array() || loop.size() != 3 || !loop[0].is_string() || !loop[2].is_object()) {
      NotExpanded(name, loop, " is not [identifier, collection, {key: value}]; not expanded", out);
      return;
    }
    std::optional<std::vector<std::string>> items = Collection(loop[1]);
    if (!items) {
      NotExpanded(name, loop,
                  ": the collection is not a list or a Ref to a list parameter "
                  "with a Default; its resources were not checked",
                  out);
      return;
    }
    for (const std::string& item : *items) {
      Json copy = Expand(Substitute(loop[2], Binding{loop[0].get<std::string>(), item}));
      for (auto it = copy.begin(); it != copy.end(); ++it) (*out)[it.key()] = it.value();
    }
  }

  void NotExpanded(const std::string& name, const Json& loop, const char* why, Json* out) {
    if (notes_ != nullptr) notes_->push_back(name + why);
    if (unexpanded_ == UnexpandedLoops::kKeep) (*out)[name] = loop;
  }

  std::optional<std::vector<std::string>> Collection(const Json& value) {
    const Json* list = &value;
    if (IsFunctionCall(value) && value.begin().key() == "Ref" && value.begin().value().is_string()) {
      list = nullptr;
      auto params = root_.find("Parameters");
      if (params != root_.end() && params->is_object()) {
        auto p = params->find(value.begin().value().get<std::string>());
        if (p != params->end() && p->is_object() && p->contains("Default")) list = &(*p)["Default"];
      }
      if (list != nullptr && list->is_string()) return Split(list->get<std::string>());
    }
    if (list == nullptr || !list->is_array()) return std::nullopt;
    std::vector<std::string> items;
    for (const Json& item : *list) {
      if (item.is_string()) {
        items.push_back(item.get<std::string>());
      } else if (item.is_number()) {
        items.push_back(SerializeCompact(item));
      } else {
        return std::nullopt;
      }
    }
    return items;
  }

  static std::vector<std::string> Split(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t comma; (comma = text.find(',', start)) != std::string::npos;
         start = comma + 1) {
      out.push_back(text.substr(start, comma - start));
    }
    out.push_back(text.substr(start));
    return out;
  }

  static bool HasIntrinsic(const Json& value) {
    if (IsFunctionCall(value)) return true;
    if (value.is_structured()) {
      for (const Json& child : value) {
        if (HasIntrinsic(child)) return true;
      }
    }
    return false;
  }

  // Fn::Length and Fn::ToJsonString whose arguments are known.
  static Json Evaluate(Json value) {
    if (value.size() != 1) return value;
    const std::string& key = value.begin().key();
    const Json& arg = value.begin().value();
    if (key == "Fn::Length" && arg.is_array()) return arg.size();
    if (key == "Fn::ToJsonString" && arg.is_structured() && !HasIntrinsic(arg)) {
      return SerializeCompact(arg);
    }
    return value;
  }

  const Json& root_;
  UnexpandedLoops unexpanded_;
  std::vector<std::string>* notes_;
};

}  // namespace

bool HasTransform(const Json& root, std::string_view name) {
  if (!root.is_object()) return false;
  auto transform = root.find("Transform");
  if (transform == root.end()) return false;
  if (transform->is_string()) return transform->get_ref<const std::string&>() == name;
  if (!transform->is_array()) return false;
  for (const Json& t : *transform) {
    if (t.is_string() && t.get_ref<const std::string&>() == name) return true;
  }
  return false;
}

std::optional<Json> ExpandLanguageExtensions(const Json& root, UnexpandedLoops unexpanded,
                                             std::vector<std::string>* notes) {
  if (!HasTransform(root, "AWS::LanguageExtensions")) return std::nullopt;
  return Expander(root, unexpanded, notes).Expand(root);
}

}  // namespace cdkpp
