#include "config/yaml_documents.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include <sstream>
#include <vector>

namespace cdkpp::config {
namespace {

// Records where each document starts and whether it holds anything but null.
class DocumentCounter : public YAML::EventHandler {
 public:
  struct Document {
    std::size_t start = 0;
    bool has_content = false;
  };

  void OnDocumentStart(const YAML::Mark& mark) override {
    documents_.push_back({mark.pos < 0 ? 0 : static_cast<std::size_t>(mark.pos), false});
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { Content(); }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {
    Content();
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    Content();
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    Content();
  }
  void OnMapEnd() override {}

  const std::vector<Document>& documents() const { return documents_; }

 private:
  void Content() {
    if (!documents_.empty()) documents_.back().has_content = true;
  }
  std::vector<Document> documents_;
};

// True when the text may hold more than one document or something the
// single-document Load() silently read as null: only then is the (slower)
// counting pass needed.
bool NeedsDocumentScan(const std::string& text, const YAML::Node& root) {
  if (!root.IsDefined() || root.IsNull()) return true;
  for (std::size_t line = 0; line < text.size();) {
    if (text.compare(line, 3, "---") == 0 || text.compare(line, 3, "...") == 0) return true;
    std::size_t next = text.find('\n', line);
    if (next == std::string::npos) break;
    line = next + 1;
  }
  return false;
}

YamlParse Failure(YamlParse::Kind kind, std::string message, std::size_t offset) {
  YamlParse result;
  result.kind = kind;
  result.message = std::move(message);
  result.offset = offset;
  return result;
}

std::size_t Offset(const YAML::Mark& mark) {
  return mark.pos < 0 ? 0 : static_cast<std::size_t>(mark.pos);
}

}  // namespace

YamlParse ParseYamlDocument(const std::string& text) {
  YamlParse result;
  try {
    result.root = YAML::Load(text);
    if (!NeedsDocumentScan(text, result.root)) return result;

    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentCounter counter;
    // Two documents are enough to know there are too many; a third pass would
    // only matter to a stuck parser, which the start positions reveal.
    while (counter.documents().size() < 3 && parser.HandleNextDocument(counter)) {
      const auto& docs = counter.documents();
      if (docs.size() >= 2 && docs[docs.size() - 1].start == docs[docs.size() - 2].start) {
        std::size_t at = docs.back().start;
        std::string near = at < text.size() ? std::string(1, text[at]) : "end of input";
        return Failure(YamlParse::Kind::kSyntaxError, "unexpected '" + near + "'", at);
      }
    }
    const auto& docs = counter.documents();
    if (docs.size() >= 2) {
      return Failure(YamlParse::Kind::kManyDocuments, "", docs[1].start);
    }
    if (docs.empty() || !docs[0].has_content) return Failure(YamlParse::Kind::kEmpty, "", 0);
    return result;
  } catch (const YAML::DeepRecursion& e) {
    return Failure(YamlParse::Kind::kTooDeep, std::to_string(e.depth()), Offset(e.mark));
  } catch (const YAML::Exception& e) {
    return Failure(YamlParse::Kind::kSyntaxError, e.msg.empty() ? "invalid input" : e.msg,
                   Offset(e.mark));
  }
}

}  // namespace cdkpp::config
