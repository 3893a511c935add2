#include "template/yaml_events_to_json.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "input/limits.h"
#include "input/yaml_block_subset.h"
#include "template/yaml_to_json.h"

namespace cdkpp::internal {
namespace {

constexpr std::string_view kYamlStringTag = "tag:yaml.org,2002:str";

// Mappings up to this size look for a key written twice by comparing each
// pair; larger ones sort their keys.
constexpr std::size_t kPairwiseKeyCheck = 16;

// The spellings the YAML loader makes a null node of (input/yaml_document.cc):
// as a key, the tree path refuses it.
bool IsYamlNullSpelling(std::string_view s) {
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

bool HasDuplicateKey(const Json::object_t& members) {
  if (members.size() <= kPairwiseKeyCheck) {
    for (auto later = members.begin(); later != members.end(); ++later) {
      for (auto earlier = members.begin(); earlier != later; ++earlier) {
        if (later->first == earlier->first) return true;
      }
    }
    return false;
  }
  std::vector<std::string_view> keys;
  keys.reserve(members.size());
  for (const auto& member : members) keys.emplace_back(member.first);
  std::sort(keys.begin(), keys.end());
  return std::adjacent_find(keys.begin(), keys.end()) != keys.end();
}

// Builds the template's JSON from the events, in the order the tree path
// converts the nodes, so positions get the same calls. Any event it cannot
// convert as the tree path would stops the read.
class TemplateEventBuilder final : public input::YamlEventSink {
 public:
  explicit TemplateEventBuilder(input::PositionTree* positions) : positions_(positions) {}

  bool DocumentStart(std::size_t) override { return true; }

  bool Scalar(std::string_view value, bool plain, std::string_view tag, std::size_t at) override {
    if (open_.empty()) return false;  // a scalar document is not a template
    if (open_.back().mapping && open_.back().expect_key) return Key(value, plain, tag, at);
    BeginChild(at);
    Json converted;
    if (!ScalarValue(value, plain, tag, at, &converted)) return false;
    return Finish(std::move(converted));
  }

  bool OpenSequence(std::string_view tag, std::size_t at) override { return Open(false, tag, at); }
  bool OpenMapping(std::string_view tag, std::size_t at) override { return Open(true, tag, at); }

  bool Close() override {
    Frame frame = std::move(open_.back());
    open_.pop_back();
    Json container = frame.mapping ? Json::object() : Json::array();
    std::size_t count = values_.size() - frame.first_value;
    auto values = values_.begin() + static_cast<std::ptrdiff_t>(frame.first_value);
    if (frame.mapping) {
      auto& members = container.get_ref<Json::object_t&>();
      members.reserve(count);
      auto keys = keys_.begin() + static_cast<std::ptrdiff_t>(frame.first_key);
      for (std::size_t i = 0; i < count; ++i) {
        members.emplace_back(std::move(keys[i]), std::move(values[i]));
      }
      if (HasDuplicateKey(members)) return false;
      keys_.resize(frame.first_key);
    } else {
      auto& items = container.get_ref<Json::array_t&>();
      items.reserve(count);
      for (std::size_t i = 0; i < count; ++i) items.push_back(std::move(values[i]));
    }
    values_.resize(frame.first_value);
    if (positions_) positions_->Close();
    if (!frame.intrinsic.empty()) {
      if (positions_) positions_->Close();
      container = Wrap(std::move(frame.intrinsic), std::move(container));
    }
    return Finish(std::move(container));
  }

  // The converted template, once the reader is done.
  bool Take(Json* out) {
    if (!has_root_ || !open_.empty()) return false;
    *out = std::move(root_);
    return true;
  }

 private:
  struct Frame {
    bool mapping = false;
    bool expect_key = true;  // mappings: the next scalar is a key
    std::string intrinsic;   // the long-form key of the collection's tag
    std::size_t first_value = 0;
    std::size_t first_key = 0;
  };

  static Json Wrap(std::string intrinsic, Json inner) {
    Json wrapped = Json::object();
    wrapped.get_ref<Json::object_t&>().emplace_back(std::move(intrinsic), std::move(inner));
    return wrapped;
  }

  bool Key(std::string_view value, bool plain, std::string_view tag, std::size_t at) {
    // Tagged or null keys, and merge keys, are errors on the tree path.
    if (!tag.empty() || (plain && (IsYamlNullSpelling(value) || value == "<<"))) return false;
    keys_.emplace_back(value);
    if (positions_) positions_->Member(value, at);
    open_.back().expect_key = false;
    return true;
  }

  // A sequence item is located at its own offset (a member at its key's).
  void BeginChild(std::size_t at) {
    if (positions_ && !open_.back().mapping) positions_->Item(at);
  }

  // The long-form key of a short-form tag, with its position; "" for a tag
  // the tree path does not convert as an intrinsic.
  std::string OpenIntrinsic(std::string_view tag, std::size_t at) {
    std::string intrinsic = tag.size() > 1 && tag[0] == '!' ? IntrinsicForTag(tag) : "";
    if (!intrinsic.empty() && positions_) {
      positions_->Open();
      positions_->Member(intrinsic, at);
    }
    return intrinsic;
  }

  bool ScalarValue(std::string_view value, bool plain, std::string_view tag, std::size_t at,
                   Json* out) {
    if (tag.empty() || tag == "!") {
      bool untagged_plain = plain && tag.empty();
      if (untagged_plain && IsYamlNullSpelling(value)) {
        *out = nullptr;
        return true;
      }
      return !TemplateScalarToJson(value, untagged_plain, out);
    }
    if (tag == kYamlStringTag) return !TemplateScalarToJson(value, false, out);
    std::string intrinsic = OpenIntrinsic(tag, at);
    if (intrinsic.empty()) return false;
    Json inner;
    if (intrinsic == "Fn::GetAtt") {
      if (GetAttArgument(value, &inner)) return false;
    } else {
      inner = value;  // the argument of a tag is a string, never a number
    }
    if (positions_) positions_->Close();
    *out = Wrap(std::move(intrinsic), std::move(inner));
    return true;
  }

  bool Open(bool mapping, std::string_view tag, std::size_t at) {
    if (static_cast<int>(open_.size()) + 2 >= input::kMaxNesting) return false;
    if (open_.empty()) {
      if (!mapping || !tag.empty() || has_root_) return false;
      if (positions_) positions_->SetRoot(at);
    } else {
      if (open_.back().mapping && open_.back().expect_key) return false;  // a collection as a key
      BeginChild(at);
    }
    Frame frame;
    frame.mapping = mapping;
    if (!tag.empty() && tag != "!") {
      frame.intrinsic = OpenIntrinsic(tag, at);
      if (frame.intrinsic.empty()) return false;
    }
    frame.first_value = values_.size();
    frame.first_key = keys_.size();
    if (positions_) positions_->Open();
    open_.push_back(std::move(frame));
    return true;
  }

  bool Finish(Json value) {
    if (open_.empty()) {
      root_ = std::move(value);
      has_root_ = true;
      return true;
    }
    values_.push_back(std::move(value));
    open_.back().expect_key = true;
    return true;
  }

  input::PositionTree* positions_;
  std::vector<Frame> open_;
  std::vector<Json> values_;       // of the open collections, innermost last
  std::vector<std::string> keys_;  // of the open mappings, innermost last
  Json root_;
  bool has_root_ = false;
};

}  // namespace

bool YamlSubsetTemplateToJson(std::string_view text, input::PositionTree* positions, Json* out) {
  TemplateEventBuilder builder(positions);
  return input::ReadYamlBlockSubset(text, builder) && builder.Take(out);
}

}  // namespace cdkpp::internal
