#include "config/schema/key_builders.h"
#include "config/schema/shared_rules.h"

namespace cdkpp::config::schema {

bool LazyPattern::Search(std::string_view text) const {
  std::call_once(once_, [this] {
    // A pattern outside the subset never matches: every value is refused, and
    // ConfigSchemaTest.EveryPatternCompiles fails.
    regex_ = internal::SmallRegex::Compile(pattern_);
    if (!regex_) regex_ = internal::SmallRegex::Compile("[^\\s\\S]");
  });
  return regex_->Search(text);
}

Rule Range(int64_t min, int64_t max) {
  Rule rule;
  rule.min = min;
  rule.max = max;
  return rule;
}

Rule AtLeast(int64_t min) {
  Rule rule;
  rule.min = min;
  return rule;
}

Rule OneOf(std::vector<int64_t> values) {
  Rule rule;
  rule.one_of = std::move(values);
  return rule;
}

Rule Choices(std::vector<Spelling> spellings) {
  Rule rule;
  rule.spellings = std::move(spellings);
  return rule;
}

Rule Pattern(std::string pattern, std::size_t max_length, std::string meaning) {
  Rule rule;
  rule.compiled = std::make_shared<const LazyPattern>(pattern);
  rule.pattern = std::move(pattern);
  rule.max_length = max_length;
  rule.meaning = std::move(meaning);
  return rule;
}

Rule Length(std::size_t min_length, std::string meaning) {
  Rule rule;
  rule.min_length = min_length;
  rule.meaning = std::move(meaning);
  return rule;
}

Rule MinItems(int64_t min, std::string meaning) {
  Rule rule;
  rule.min_items = min;
  rule.meaning = std::move(meaning);
  return rule;
}

Rule AtLeastItems(int64_t min, Rule item) {
  item.min_items = min;
  return item;
}

Json EnumText(const std::vector<Spelling>& spellings, const Json& value) {
  for (const Spelling& s : spellings) {
    if (s.listed && value == s.value) return s.text;
  }
  return value;
}

const KeySpec* FindKey(const SectionSpec& spec, const std::string& key) {
  for (const KeySpec& k : spec.keys) {
    if (k.key == key) return &k;
  }
  return nullptr;
}

Rule CidrRule() {
  return Pattern(R"(^[0-9]{1,3}(\.[0-9]{1,3}){3}/[0-9]{1,2}$)", 18,
                 "an IPv4 CIDR block like 10.0.0.0/16");
}

Rule PeriodRule() {
  Rule rule = OneOf({10, 30});
  rule.multiple_of = 60;
  return rule;
}

Rule EvaluationPeriodsRule() { return Range(1, 100); }

Rule Ec2IdRule(const std::string& prefix, const std::string& noun) {
  return Pattern("^" + prefix + "-([0-9a-f]{8}|[0-9a-f]{17})$", 64,
                 "a " + noun + " like " + prefix + "-0123456789abcdef0");
}

Rule ArnRule(const std::string& service, const std::string& resource_pattern,
             std::string meaning) {
  return Pattern("^arn:aws(-cn|-us-gov|-iso|-iso-[bef]|-eusc)?:" + service +
                     ":[a-z]{2}(-[a-z]+)+-[0-9]+:[0-9]{12}:" + resource_pattern + "$",
                 2048, std::move(meaning));
}

Exclusion ExistingExcludesTheRest(const SectionSpec& spec, std::string reason) {
  return KeyExcludesTheRest(spec, "existing", std::move(reason));
}

Exclusion KeyExcludesTheRest(const SectionSpec& spec, std::string key, std::string reason) {
  Exclusion exclusion{std::move(key), {}, std::move(reason)};
  for (const KeySpec& key : spec.keys) {
    if (key.key != exclusion.key) exclusion.excluded.push_back(key.key);
  }
  return exclusion;
}

Rule HostRule() {
  return Pattern(R"(^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$)",
                 253, "a host name or IPv4 address");
}

}  // namespace cdkpp::config::schema
