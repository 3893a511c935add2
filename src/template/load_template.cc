#include "cdkpp/template/load_template.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "input/json_parser.h"
#include "input/position_tree.h"
#include "input/source_text.h"
#include "cdkpp/template/language_extensions.h"
#include "template/yaml_to_json.h"
#include "util/utf8.h"

namespace cdkpp {

struct TemplateSourceMap::Data {
  input::SourceText source;
  input::PositionTree positions;
};

// Builds maps, whose data is private to this file.
struct TemplateSourceMapAccess {
  static std::shared_ptr<TemplateSourceMap::Data> NewData(const std::string& path,
                                                          std::string text);
  static void Set(TemplateSourceMap* map, std::shared_ptr<const TemplateSourceMap::Data> data) {
    map->data_ = std::move(data);
  }
};

namespace {

constexpr const char* kParseError = "template.parse";

bool HasYamlExtension(const std::string& path) {
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() &&
           path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends_with(".yaml") || ends_with(".yml");
}

// The text of one template file. Its SourceText (a copy of the text and an
// index of its lines) is built only when something needs line and column:
// a source map, the YAML reader or an error.
class TemplateText {
 public:
  TemplateText(const std::string& path, std::string_view text,
               const input::SourceText* source = nullptr)
      : path_(path), text_(text), source_(source) {}

  std::string_view text() const { return text_; }
  const std::string& path() const { return path_; }
  const input::SourceText& source() const {
    if (source_ == nullptr) {
      own_.emplace(path_, std::string(text_));
      source_ = &*own_;
    }
    return *source_;
  }
  Diagnostic ErrorAt(std::size_t offset, std::string message) const {
    return source().ErrorAt(kParseError, offset, std::move(message));
  }

 private:
  const std::string& path_;
  std::string_view text_;
  mutable const input::SourceText* source_;
  mutable std::optional<input::SourceText> own_;
};

// How Parse read a text as JSON, for LoadTemplatePair.
struct JsonRead {
  input::SectionTexts* resources = nullptr;  // recorded (and skipped) by their text
  bool as_json = false;  // out: the JSON parser made the template (not YAML)
};

Result<Json> ParseJsonTemplate(const TemplateText& text, input::PositionTree* positions,
                               bool* beyond_ascii, input::SectionTexts* resources) {
  Json out;
  // CloudFormation's behaviour on a key written twice is undefined: an error.
  input::JsonOptions options{positions, /*reject_duplicate_keys=*/true, beyond_ascii, resources};
  if (auto error = input::ParseJson(text.text(), &out, options)) {
    return input::JsonErrorDiagnostic(text.source(), kParseError, std::move(*error));
  }
  if (!out.is_object()) return text.ErrorAt(0, "a template must be an object of sections");
  return out;
}

// The one parse behind ParseTemplate, ParseTemplateWithSourceMap and
// LoadTemplatePair.
Result<Json> Parse(const TemplateText& text, input::PositionTree* positions,
                   JsonRead* read = nullptr) {
  std::size_t first = text.text().find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return text.ErrorAt(0, "empty template");
  auto encoding_error = [&]() -> std::optional<Diagnostic> {
    if (auto bad = input::FindEncodingError(text.text())) return text.ErrorAt(bad->offset, bad->message);
    return std::nullopt;
  };
  if (text.text()[first] != '{') {
    if (auto error = encoding_error()) return *error;
    return internal::YamlTemplateToJson(text.source(), positions);
  }
  bool beyond_ascii = false;
  Result<Json> json =
      ParseJsonTemplate(text, positions, &beyond_ascii, read ? read->resources : nullptr);
  if (read && json.ok()) read->as_json = true;
  // JSON that parsed and holds only printable ASCII (and whitespace) has no
  // encoding error: the check, a pass over the whole text, is skipped. Any
  // other text is checked, and its encoding error comes first, as before.
  if (!json.ok() || beyond_ascii) {
    if (auto error = encoding_error()) return *error;
  }
  // "{Resources: {...}}" is YAML flow style: in a .yaml file, YAML decides.
  if (!json.ok() && HasYamlExtension(text.path())) {
    if (positions) *positions = input::PositionTree();
    return internal::YamlTemplateToJson(text.source(), positions);
  }
  return json;
}

Result<std::string> ReadTemplateText(const std::string& path, const FileSystem& fs) {
  Result<std::string> text = fs.ReadFile(path);
  if (!text.ok()) {
    for (auto& d : text.diagnostics()) {
      if (d.code.empty()) d.code = "template.read";
    }
  }
  return text;
}

// ParseTemplate of a file's text as read, or why it could not be read.
Result<Json> ParseReadText(const std::string& path, const Result<std::string>& text,
                           JsonRead* read) {
  if (!text.ok()) return text.diagnostics();
  return Parse(TemplateText(path, input::WithoutByteOrderMark(*text)), nullptr, read);
}

// AWS::LanguageExtensions rewrites the resources before the comparison
// (diff::DiffTemplates expands it): their text alone does not say what they are.
bool ExpandsResources(const Json& template_json) {
  return HasTransform(template_json, "AWS::LanguageExtensions");
}

}  // namespace

TemplateSourceMap::TemplateSourceMap() = default;
TemplateSourceMap::~TemplateSourceMap() = default;
TemplateSourceMap::TemplateSourceMap(const TemplateSourceMap&) = default;
TemplateSourceMap& TemplateSourceMap::operator=(const TemplateSourceMap&) = default;

SourceLocation TemplateSourceMap::Locate(std::string_view json_pointer) const {
  if (!data_) return {};
  std::optional<std::size_t> offset = data_->positions.FindNearest(json_pointer);
  if (!offset) return {data_->source.file(), 0, 0};
  return data_->source.LocationAt(*offset);
}

bool TemplateSourceMap::Contains(std::string_view json_pointer) const {
  return data_ && data_->positions.Find(json_pointer).has_value();
}

Result<Json> ParseTemplate(const std::string& path, std::string_view text) {
  return Parse(TemplateText(path, input::WithoutByteOrderMark(text)), nullptr);
}

std::shared_ptr<TemplateSourceMap::Data> TemplateSourceMapAccess::NewData(const std::string& path,
                                                                          std::string text) {
  text.erase(0, text.size() - input::WithoutByteOrderMark(text).size());
  return std::make_shared<TemplateSourceMap::Data>(
      TemplateSourceMap::Data{input::SourceText(path, std::move(text)), {}});
}

Result<LocatedTemplate> ParseTemplateWithSourceMap(const std::string& path, std::string text) {
  auto data = TemplateSourceMapAccess::NewData(path, std::move(text));
  Result<Json> json =
      Parse(TemplateText(path, data->source.text(), &data->source), &data->positions);
  if (!json.ok()) return json.diagnostics();
  LocatedTemplate located;
  located.json = std::move(*json);
  TemplateSourceMapAccess::Set(&located.source_map, std::move(data));
  return located;
}

Result<Json> LoadTemplate(const std::string& path, const FileSystem& fs) {
  Result<std::string> text = ReadTemplateText(path, fs);
  if (!text.ok()) return text.diagnostics();
  return ParseTemplate(path, *text);
}

Result<TemplatePair> PairTemplates(Result<Json> old_template, Result<Json> new_template) {
  if (old_template.ok() && new_template.ok()) {
    return TemplatePair{std::move(*old_template), std::move(*new_template), {}};
  }
  Diagnostics errors;
  for (const Result<Json>* json : {&old_template, &new_template}) {
    if (!json->ok()) errors.insert(errors.end(), json->diagnostics().begin(), json->diagnostics().end());
  }
  return errors;
}

Result<TemplatePair> LoadTemplatePair(const std::string& old_path, const std::string& new_path,
                                      const FileSystem& fs) {
  // The old template as LoadTemplate reads it, with the text of each resource.
  Result<std::string> old_text = ReadTemplateText(old_path, fs);
  input::SectionTexts old_resources;
  old_resources.section = "Resources";
  JsonRead old_read{&old_resources};
  Result<Json> old_json = ParseReadText(old_path, old_text, &old_read);
  // Those texts are the new template's known ones when the old template is
  // JSON (YAML is read another way) and no transform rewrites its resources.
  std::unordered_map<std::string_view, std::string_view> known;
  if (old_json.ok() && old_read.as_json && !ExpandsResources(*old_json)) {
    known.reserve(old_resources.texts.size());
    for (const auto& [id, text] : old_resources.texts) known.emplace(id, text);
  }
  Result<std::string> new_text = ReadTemplateText(new_path, fs);
  input::SectionTexts new_resources;
  new_resources.section = "Resources";
  if (!known.empty()) new_resources.known = &known;
  JsonRead new_read{&new_resources};
  Result<Json> new_json = ParseReadText(new_path, new_text, &new_read);
  Result<TemplatePair> paired = PairTemplates(std::move(old_json), std::move(new_json));
  if (!paired.ok()) return paired;
  TemplatePair& pair = *paired;
  if (!new_read.as_json || new_resources.unread.empty()) return paired;  // YAML read it all
  if (ExpandsResources(pair.new_template)) {
    // Rare: the old template has no such transform. Read again, whole.
    pair.new_template = std::move(*ParseTemplate(new_path, *new_text));
    return paired;
  }
  pair.same_resources.assign(new_resources.unread.begin(), new_resources.unread.end());
  std::sort(pair.same_resources.begin(), pair.same_resources.end());
  return paired;
}

}  // namespace cdkpp
