#ifndef CDKPP_CONFIG_SCHEMA_CONFIG_SCHEMA_H_
#define CDKPP_CONFIG_SCHEMA_CONFIG_SCHEMA_H_

#include "config/schema/key_spec.h"

namespace cdkpp::config::schema {

// The tables of the config file, one per section, each in
// src/config/schema/<section>_keys.cc. They are built once, on first use, and
// never change afterwards.

/// The file's top level: {defaults, environments, stacks}. Props: PipelineConfig.
const SectionSpec& RootSection();
/// One entry of `stacks`. Props: StackConfig.
const SectionSpec& StackSection();
/// A layer of stack keys (`defaults`, an environment's `defaults` and
/// `stacks.<name>`): every stack key but `name` and `kind`, none required.
/// Props: StackConfig.
const SectionSpec& StackLayerSection();
/// One entry of `environments`. Props: ConfigEnvironment.
const SectionSpec& EnvironmentSection();
/// One entry of `suppressions`. Props: Suppression.
const SectionSpec& SuppressionSection();
/// One entry of `overrides`. Props: ResourceOverride.
const SectionSpec& OverrideSection();
/// The five sections of a stack entry. Props: PipelineStackProps (the keys
/// fill its members vpc.*, database.*, ...; monitoring also fills the
/// stack-wide log settings).
const SectionSpec& VpcSection();
const SectionSpec& DatabaseSection();
const SectionSpec& ReplicationSection();
const SectionSpec& StreamSection();
const SectionSpec& MonitoringSection();
/// The `existing` subsection of vpc, database and stream. Props:
/// ExistingVpcProps, ExistingMySqlProps, ExistingStreamProps.
const SectionSpec& ExistingVpcSection();
const SectionSpec& ExistingDatabaseSection();
const SectionSpec& ExistingStreamSection();

}  // namespace cdkpp::config::schema

#endif  // CDKPP_CONFIG_SCHEMA_CONFIG_SCHEMA_H_
