#include "config/stack_reader.h"

#include "config/section_readers.h"

namespace cdkpp::config {
namespace {

// Limits of CloudFormation resource tags; stacks have no Validate() of their own.
constexpr std::size_t kMaxTagKey = 128;
constexpr std::size_t kMaxTagValue = 256;

std::size_t CodePoints(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void ReadTags(LoadContext& ctx, const Field& f, std::map<std::string, std::string>* tags) {
  MappingReader m(ctx, f, "a mapping of tag names to values");
  for (auto& [key, value_field] : m.All()) {
    std::string value;
    if (!ReadString(ctx, value_field, &value)) continue;
    if (key.empty() || CodePoints(key) > kMaxTagKey) {
      ctx.Error(kValueError, value_field.where, value_field.path,
                "a tag key must be 1 to 128 characters");
    } else if (key.rfind("aws:", 0) == 0) {
      ctx.Error(kValueError, value_field.where, value_field.path,
                "tag keys starting with \"aws:\" are reserved by AWS");
    } else if (CodePoints(value) > kMaxTagValue) {
      ctx.Error(kValueError, value_field.where, value_field.path,
                "a tag value must be at most 256 characters");
    } else {
      (*tags)[key] = std::move(value);
    }
  }
}

Suppression ReadSuppression(LoadContext& ctx, const Field& f) {
  Suppression s;
  s.location = f.where;
  MappingReader m(ctx, f);
  if (auto rule = m.Require("rule"); rule && ReadString(ctx, *rule, &s.rule) && s.rule.empty()) {
    ctx.Error(kValueError, rule->where, rule->path, "expected a rule id, got an empty string");
  }
  // A suppression without a reason is how accepted risks get forgotten.
  if (auto reason = m.Require("reason");
      reason && ReadString(ctx, *reason, &s.reason) &&
      s.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    ctx.Error(kValueError, reason->where, reason->path,
              "expected a non-empty reason for the suppression");
  }
  m.String("resource", &s.resource);
  m.Finish();
  return s;
}

// Reports a props Validate() result at the config keys it names.
void AddValidation(LoadContext& ctx, const std::string& stack_path, const char* section,
                   Diagnostics found) {
  for (Diagnostic& d : found) {
    d.key_path = ConfigKeyPath(stack_path, section, d.key_path);
    SourceLocation where = ctx.LocationOf(d.key_path);
    ctx.Add(std::move(d), where);
  }
}

// Runs a section reader on the section (when present), then the props'
// Validate() when the reader added no error.
template <typename Read, typename Props>
void ReadSection(LoadContext& ctx, const std::string& stack_path, const char* section,
                 const std::optional<Field>& field, Props* props, Read read) {
  std::size_t before = ctx.error_count();
  if (field) read(*field);
  if (ctx.error_count() == before) AddValidation(ctx, stack_path, section, props->Validate());
}

}  // namespace

std::string ConfigKeyPath(const std::string& stack_path, const std::string& section,
                          const std::string& relative) {
  std::string first = relative.substr(0, relative.find_first_of(".["));
  std::string where = section;
  if (section == "replication" && first == "logRetentionDays") where = "monitoring";
  std::string path = stack_path + "." + where;
  if (relative.empty()) return path;
  return path + (relative[0] == '[' ? "" : ".") + relative;
}

StackConfig ReadStack(LoadContext& ctx, const Field& f) {
  StackConfig stack;
  stack.key_path = f.path;
  PipelineStackProps& props = stack.props;
  MappingReader m(ctx, f, "a mapping with at least a \"name\"");
  if (!m.ok()) return stack;
  if (auto name = m.Require("name"); name && ReadString(ctx, *name, &stack.name)) {
    std::string problem = CheckStackName(stack.name);
    if (!problem.empty()) {
      ctx.Error(kValueError, name->where, name->path,
                "expected a CloudFormation stack name (" + problem + "), got " + Quote(stack.name));
    }
  }
  m.String("description", &props.stack.description);
  for (Diagnostic& d : props.stack.Validate()) {
    d.key_path = f.path + "." + d.key_path;
    SourceLocation where = ctx.LocationOf(d.key_path);
    ctx.Add(std::move(d), where);
  }
  if (auto tags = m.Get("tags")) ReadTags(ctx, *tags, &props.stack.tags);
  // Asked for in file-reference order, so an unknown key lists them that way.
  std::optional<Field> vpc = m.Get("vpc");
  std::optional<Field> database = m.Get("database");
  std::optional<Field> replication = m.Get("replication");
  std::optional<Field> stream = m.Get("stream");
  std::optional<Field> monitoring = m.Get("monitoring");
  const std::string& at = m.path();
  ReadSection(ctx, at, "vpc", vpc, &props.vpc,
              [&](const Field& s) { ReadVpc(ctx, s, &props.vpc); });
  ReadSection(ctx, at, "database", database, &props.database,
              [&](const Field& s) { ReadDatabase(ctx, s, &props.database); });
  // monitoring is read before replication is validated: it sets
  // replication.log_retention_days.
  std::size_t before_monitoring = ctx.error_count();
  if (monitoring) ReadMonitoring(ctx, *monitoring, &props.monitoring, &props.replication);
  bool monitoring_ok = ctx.error_count() == before_monitoring;
  ReadSection(ctx, at, "replication", replication, &props.replication,
              [&](const Field& s) { ReadReplication(ctx, s, &props.replication); });
  ReadSection(ctx, at, "stream", stream, &props.stream,
              [&](const Field& s) { ReadStream(ctx, s, &props.stream); });
  if (monitoring_ok) AddValidation(ctx, at, "monitoring", props.monitoring.Validate());
  if (auto list = m.Get("suppressions")) {
    for (const Field& item : ListItems(ctx, *list)) {
      stack.suppressions.push_back(ReadSuppression(ctx, item));
    }
  }
  m.Finish();
  return stack;
}

}  // namespace cdkpp::config
