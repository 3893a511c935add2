// The layers over the stack entries: `defaults` and the entries of
// `environments` (ConfigEnvironment) with their own `defaults` and `stacks`.
#include "cdkpp/config/load_config.h"
#include "config/regions.h"
#include "config/schema/config_schema.h"
#include "config/schema/key_builders.h"

namespace cdkpp::config::schema {

const SectionSpec& StackLayerSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    SectionSpec spec =
        Table<StackConfig>("stack layer", "Stack keys merged over the stack entries.", {});
    // Every stack key but the stack's identity, none required; the merged
    // entry is read (and validated) with the stack table.
    spec.keys.reserve(StackSection().keys.size());
    for (const KeySpec& key : StackSection().keys) {
      if (key.key == "name" || key.key == "kind") continue;
      spec.keys.push_back(key);
    }
    spec.definition = "stackLayer";
    return spec;
  }());
  return kSpec;
}

const SectionSpec& EnvironmentSection() {
  static const SectionSpec& kSpec = *new SectionSpec([] {
    using P = ConfigEnvironment;
    std::vector<Spelling> regions;
    for (const std::string& region : KnownRegions()) regions.push_back({region, 0, true});
    SectionSpec spec = Table<P>(
        "environments.<name>", "A deployment target and its layers over the stacks.",
        Keys(Key("account", CDKPP_MEMBER(P, account),
                 Pattern("^[0-9]{12}$", 12, "an AWS account id of 12 digits (quoted)"),
                 "The AWS account the stacks deploy to; written into the cloud assembly.",
                 "unknown-account"),
             Key("region", CDKPP_MEMBER(P, region), Choices(std::move(regions)),
                 "The AWS region the stacks deploy to; `cdkpp synth` prints deploy commands "
                 "with `--region`.",
                 "unknown-region"),
             Layer("defaults", Kind::kSection, StackLayerSection,
                   "Stack keys merged under every stack entry, over the top-level `defaults`."),
             Layer("stacks", Kind::kSectionMap, StackLayerSection,
                   "Per stack name: stack keys merged over that stack's entry.")));
    return spec;
  }());
  return kSpec;
}

}  // namespace cdkpp::config::schema
