// The file's top level, one `stacks[]` entry (StackConfig) and its
// `suppressions[]` items (Suppression).
#include "cdkpp/config/load_config.h"
#include "config/schema/config_schema.h"
#include "config/schema/key_builders.h"

namespace cdkpp::config::schema {

const SectionSpec& SuppressionSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = Suppression;
    return Table<P>(
        "suppressions[]", "A validation finding accepted on purpose.",
        Keys(Required(Key("rule", CDKPP_MEMBER(P, rule), Length(1, "a rule id"),
                          "Id of the validation finding to accept, e.g. `CDKPP-SEC-003` (`cdkpp "
                          "validate --list-rules`).")),
             // A suppression without a reason is how accepted risks get forgotten.
             Required(Key("reason", CDKPP_MEMBER(P, reason),
                          Pattern(R"(\S)", 4096, "a non-empty reason for the suppression"),
                          "Why the finding is acceptable.")),
             Key("resource", CDKPP_MEMBER(P, resource), NoRule(),
                 "Limit the suppression to one resource (logical id or construct path).",
                 "all resources")));
  }());
  return kSpec;
}

const SectionSpec& OverrideSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = ResourceOverride;
    return Table<P>(
        "overrides[]", "One property override of a synthesized resource.",
        Keys(
            Required(Key("resource", CDKPP_MEMBER(P, resource),
                         Length(1, "a construct path below the stack or a logical id"),
                         "The resource: its construct path below the stack (`Replication/Task`) "
                         "or its logical id. Naming no resource of the stack is an error.")),
            Required(Key("path", CDKPP_MEMBER(P, path),
                         Pattern(R"(^[^.\[\]]+(\[[0-9]+\])*(\.[^.\[\]]+(\[[0-9]+\])*)*$)", 1024,
                                 "a dotted path with [i] for list items, e.g. "
                                 "Properties.MigrationType"),
                         "Where in the resource, from its root: `Properties.MigrationType`, "
                         "`Properties.Tags[0].Value`, `DeletionPolicy`.")),
            Required(Key("value", CDKPP_MEMBER(P, value), NoRule(),
                         "The value to set (any YAML/JSON value); `null` deletes the property."))));
  }());
  return kSpec;
}

const SectionSpec& StackSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = StackConfig;
    SectionSpec spec = Table<P>(
        "stacks[]", "One CloudFormation stack.",
        Keys(Required(Key("name", CDKPP_MEMBER(P, name),
                          Pattern("^[A-Za-z][A-Za-z0-9-]*$", 128,
                                  "a CloudFormation stack name: 1 to 128 letters, digits and "
                                  "hyphens, a letter first"),
                          "The CloudFormation stack name and the template file name "
                          "(`<name>.template.json`).")),
             Key("kind", CDKPP_MEMBER(P, kind),
                 Choices({{"pipeline", static_cast<int>(StackKind::kPipeline)},
                          {"network", static_cast<int>(StackKind::kNetwork)}}),
                 "`pipeline`: the CDC pipeline. `network`: only a VPC (with `vpc.endpoints` and "
                 "`vpc.flowLogs` when set) that pipeline stacks of this config share through "
                 "`vpc.fromStack`, exported as `<name>-VpcId`, `<name>-VpcCidr`, "
                 "`<name>-PrivateSubnet<i>Id` and `<name>-PublicSubnet<i>Id`; such a stack has "
                 "only `name`, `kind`, `description`, `tags`, `vpc`, `suppressions` and "
                 "`monitoring.logKmsEncryption` (a KMS key of the stack for the flow-log group)."),
             Key("description", CDKPP_MEMBER(P, props.stack.description), NoRule(),
                 "The template's `Description`; at most 1,024 bytes."),
             Key("tags", CDKPP_MEMBER(P, props.stack.tags), NoRule(),
                 "Applied to every taggable resource of the stack. Keys 1-128 characters, not "
                 "starting with `aws:`; values at most 256 characters."),
             Section("vpc", CDKPP_MEMBER(P, props), VpcSection, "The network."),
             Section("database", CDKPP_MEMBER(P, props), DatabaseSection,
                     "The MySQL source: created (RDS MySQL or Aurora MySQL) or existing."),
             Section("replication", CDKPP_MEMBER(P, props), ReplicationSection,
                     "The AWS DMS replication instance, endpoints and task."),
             Section("stream", CDKPP_MEMBER(P, props), StreamSection, "The Kinesis target stream."),
             Section("monitoring", CDKPP_MEMBER(P, props), MonitoringSection,
                     "Log retention, CDC latency alarms, SNS notification, extra alarms."),
             SectionList("suppressions", CDKPP_MEMBER(P, suppressions), SuppressionSection,
                         NoRule(), "Validation findings accepted on purpose."),
             SectionList("overrides", CDKPP_MEMBER(P, props.overrides), OverrideSection, NoRule(),
                         "The escape hatch, as CDK's `addPropertyOverride`: values set in the "
                         "synthesized resources, before validation (every check sees them).")));
    spec.what = "a mapping with at least a \"name\"";
    // The stack's own props, and how the sections fit together (their
    // findings name members of PipelineStackProps, below "props.").
    spec.validate = [](const void* p) {
      const auto& props = static_cast<const StackConfig*>(p)->props;
      Diagnostics out = props.stack.Validate();
      for (Diagnostic& d : out) d.key_path = "props.stack." + d.key_path;
      for (Diagnostic& d : props.ValidateWiring()) {
        d.key_path = "props." + d.key_path;
        out.push_back(std::move(d));
      }
      return out;
    };
    return spec;
  }());
  return kSpec;
}

const SectionSpec& RootSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = PipelineConfig;
    SectionSpec spec = Table<P>(
        "top level", "A cdkpp config: the stacks to synthesize.",
        Keys(
            Layer("defaults", Kind::kSection, StackLayerSection,
                  "Stack keys merged under every entry of `stacks` (the entry's own keys win)."),
            Layer("environments", Kind::kSectionMap, EnvironmentSection,
                  "Named deployment targets (`cdkpp synth --env NAME`), each with its account, "
                  "region and layers over the stacks."),
            Required(SectionList("stacks", CDKPP_MEMBER(P, stacks), StackSection,
                                 MinItems(1, "at least one stack, e.g. \"stacks: [{name: Demo}]\""),
                                 "One CloudFormation stack per entry, synthesized in this order. "
                                 "Names must be unique."))));
    spec.what = "a mapping with a \"stacks\" list";
    return spec;
  }());
  return kSpec;
}

}  // namespace cdkpp::config::schema
