// Every class of config error, compared as whole messages (message + caret
// detail), as ninja's parser tests do.
#include <gtest/gtest.h>

#include "cdkpp/config/load_config.h"

namespace cdkpp {
namespace {

// All diagnostics of a config that must fail, one ToString() each, joined by
// blank-line-free newlines.
std::string LoadErrors(const std::string& file, const std::string& text) {
  Result<PipelineConfig> result = ParsePipelineConfig(file, text);
  EXPECT_FALSE(result.ok());
  std::string out;
  for (const Diagnostic& d : result.diagnostics()) out += d.ToString() + "\n";
  return out;
}

TEST(LoadConfigErrorsTest, WrongTypeNamesFileLineColumnKeyAndExpectation) {
  EXPECT_EQ(
      "pipeline.yaml:4:7: stacks[0].stream.shardCount: expected an integer from 1 to 10000, got "
      "\"two\"\n"
      "      shardCount: two\n"
      "      ^\n",
      LoadErrors("pipeline.yaml",
                 "stacks:\n"
                 "  - name: Demo\n"
                 "    stream:\n"
                 "      shardCount: two\n"));
}

TEST(LoadConfigErrorsTest, YamlSyntaxError) {
  EXPECT_EQ("c.yaml:3:1: YAML syntax error: did not find expected ',' or ']'\n",
            LoadErrors("c.yaml", "stacks: [\n  {name: Demo}\n"));
}

TEST(LoadConfigErrorsTest, YamlBadIndentation) {
  EXPECT_EQ(
      "c.yaml:3:2: YAML syntax error: did not find expected key\n"
      " vpc: {}\n"
      " ^\n",
      LoadErrors("c.yaml", "stacks:\n  - name: Demo\n vpc: {}\n"));
}

TEST(LoadConfigErrorsTest, TabIndentationGetsAHint) {
  EXPECT_EQ(
      "c.yaml:2:1: YAML syntax error: found character that cannot start any token (YAML does "
      "not allow tabs for indentation; use spaces)\n"
      "\t- name: Demo\n"
      "^\n",
      LoadErrors("c.yaml", "stacks:\n\t- name: Demo\n"));
}

TEST(LoadConfigErrorsTest, ByteOrderMarkIsNotAColumn) {
  EXPECT_EQ(
      "c.json:1:27: stacks[0].vpc: expected a mapping, got 1\n"
      "{\"stacks\": [{\"name\": \"D\", \"vpc\": 1}]}\n"
      "                          ^\n",
      LoadErrors("c.json", "\xEF\xBB\xBF{\"stacks\": [{\"name\": \"D\", \"vpc\": 1}]}\n"));
}

TEST(LoadConfigErrorsTest, TooDeepNesting) {
  std::string text = "stacks: " + std::string(5000, '[') + std::string(5000, ']') + "\n";
  Result<PipelineConfig> r = ParsePipelineConfig("c.yaml", text);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ("config.syntax", r.diagnostics()[0].code);
  EXPECT_NE(std::string::npos, r.diagnostics()[0].message.find("nesting is too deep"));
}

TEST(LoadConfigErrorsTest, JsonSyntaxErrorIsCheckedStrictly) {
  // YAML would accept the trailing comma; a .json file must be real JSON.
  EXPECT_EQ(
      "c.json:2:27: JSON syntax error: expected a string (an object key), got '}'\n"
      "  {\"name\": \"Demo\", \"a\": 1,}\n"
      "                          ^\n",
      LoadErrors("c.json", "{\"stacks\": [\n  {\"name\": \"Demo\", \"a\": 1,}\n]}\n"));
}

TEST(LoadConfigErrorsTest, JsonTypeErrorsHavePositions) {
  EXPECT_EQ(
      "c.json:2:28: stacks[0].vpc.maxAzs: expected an integer from 2 to 6, got \"2\"\n"
      "  {\"name\": \"Demo\", \"vpc\": {\"maxAzs\": \"2\"}}\n"
      "                           ^\n",
      LoadErrors("c.json",
                 "{\"stacks\": [\n  {\"name\": \"Demo\", \"vpc\": {\"maxAzs\": \"2\"}}\n]}\n"));
}

TEST(LoadConfigErrorsTest, UnknownKeySuggestsTheNearestKey) {
  EXPECT_EQ(
      "c.yaml:3:23: stacks[0].stream.shardcount: unknown key \"shardcount\"; did you mean "
      "\"shardCount\"?\n"
      "    stream: {name: s, shardcount: 2}\n"
      "                      ^\n",
      LoadErrors("c.yaml", "stacks:\n  - name: Demo\n    stream: {name: s, shardcount: 2}\n"));
}

TEST(LoadConfigErrorsTest, UnknownKeyWithoutNearMatchListsTheKeys) {
  EXPECT_EQ(
      "c.yaml:2:1: zebra: unknown key \"zebra\"; expected one of: defaults, environments, stacks\n"
      "zebra: 1\n"
      "^\n",
      LoadErrors("c.yaml", "stacks: [{name: Demo}]\nzebra: 1\n"));
}

TEST(LoadConfigErrorsTest, UnknownStackKeyListsTheKeysInReferenceOrder) {
  EXPECT_EQ(
      "c.yaml:1:20: stacks[0].zebra: unknown key \"zebra\"; expected one of: name, kind, "
      "description, tags, vpc, database, replication, stream, monitoring, suppressions, overrides\n"
      "stacks: [{name: D, zebra: 1}]\n"
      "                   ^\n",
      LoadErrors("c.yaml", "stacks: [{name: D, zebra: 1}]\n"));
}

TEST(LoadConfigErrorsTest, MissingRequiredKey) {
  EXPECT_EQ(
      "c.yaml:2:5: stacks[0]: missing required key \"name\"\n"
      "  - description: no name\n"
      "    ^\n",
      LoadErrors("c.yaml", "stacks:\n  - description: no name\n"));
}

TEST(LoadConfigErrorsTest, OutOfRangeComesFromPropsValidate) {
  EXPECT_EQ(
      "c.yaml:4:7: stacks[0].stream.retentionHours: expected an integer from 24 to 8760, got 5\n"
      "      retentionHours: 5\n"
      "      ^\n",
      LoadErrors("c.yaml",
                 "stacks:\n"
                 "  - name: Demo\n"
                 "    stream:\n"
                 "      retentionHours: 5\n"));
}

TEST(LoadConfigErrorsTest, LogRetentionDaysIsReportedUnderMonitoring) {
  // DmsReplicationProps::Validate() names "logRetentionDays"; the key lives in monitoring.
  Result<PipelineConfig> r = ParsePipelineConfig(
      "c.yaml", "stacks:\n  - name: Demo\n    monitoring: {logRetentionDays: 8}\n");
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(1u, r.diagnostics().size());
  EXPECT_EQ(
      "c.yaml:3:18: stacks[0].monitoring.logRetentionDays: expected one of 1, 3, 5, 7, 14, "
      "30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, "
      "3653, got 8",
      r.diagnostics()[0].ToString().substr(0, r.diagnostics()[0].ToString().find('\n')));
}

TEST(LoadConfigErrorsTest, NestedListItemValidateErrorsPointAtTheKey) {
  EXPECT_EQ(
      "c.yaml:6:11: stacks[0].replication.tables[1].schema: expected a schema name or pattern "
      "(% matches any), got \"\"\n"
      "        - schema: \"\"\n"
      "          ^\n",
      LoadErrors("c.yaml",
                 "stacks:\n"
                 "  - name: Demo\n"
                 "    replication:\n"
                 "      tables:\n"
                 "        - {schema: mydb}\n"
                 "        - schema: \"\"\n"));
}

TEST(LoadConfigErrorsTest, EmptyFile) {
  EXPECT_EQ(
      "c.yaml:1:1: the config is empty; expected a mapping with a \"stacks\" list, e.g. "
      "\"stacks: [{name: Demo}]\"\n",
      LoadErrors("c.yaml", ""));
  EXPECT_EQ(LoadErrors("c.yaml", "").substr(6), LoadErrors("c.json", " \n").substr(6));
  EXPECT_EQ(LoadErrors("c.yaml", ""), LoadErrors("c.yaml", "# only a comment\n"));
}

TEST(LoadConfigErrorsTest, NulByte) {
  EXPECT_EQ("c.yaml:2:3: NUL byte in the file (is this a binary file?)\n",
            LoadErrors("c.yaml", std::string("stacks:\n  \0", 11)));
}

TEST(LoadConfigErrorsTest, InvalidUtf8) {
  EXPECT_EQ(
      "c.yaml:1:9: invalid UTF-8 byte 0xff (the file must be UTF-8 text; is this a binary "
      "file?)\n",
      LoadErrors("c.yaml", "stacks: \xff\xfe"));
}

TEST(LoadConfigErrorsTest, BinaryGarbage) {
  std::string garbage =
      "\x7f"
      "ELF\x02\x01\x01";
  EXPECT_EQ(
      "c.yaml:1:1: control character 0x7f is not allowed in YAML or JSON (is this a binary "
      "file?)\n",
      LoadErrors("c.yaml", garbage));
}

TEST(LoadConfigErrorsTest, DuplicateStackNames) {
  EXPECT_EQ(
      "c.yaml:3:5: stacks[1].name: duplicate stack name \"Demo\"; stacks[0] (line 2) already "
      "uses it\n"
      "  - name: Demo\n"
      "    ^\n",
      LoadErrors("c.yaml", "stacks:\n  - name: Demo\n  - name: Demo\n"));
}

TEST(LoadConfigErrorsTest, DuplicateKeyInAMapping) {
  EXPECT_EQ(
      "c.yaml:4:5: stacks[0].vpc: duplicate key; first defined at line 3\n"
      "    vpc: {maxAzs: 3}\n"
      "    ^\n",
      LoadErrors("c.yaml", "stacks:\n  - name: Demo\n    vpc: {}\n    vpc: {maxAzs: 3}\n"));
}

TEST(LoadConfigErrorsTest, DuplicateKeyInJson) {
  EXPECT_EQ(
      "c.json:1:27: stacks[0].name: duplicate key; first defined at line 1\n"
      "{\"stacks\": [{\"name\": \"A\", \"name\": \"B\"}]}\n"
      "                          ^\n",
      LoadErrors("c.json", "{\"stacks\": [{\"name\": \"A\", \"name\": \"B\"}]}\n"));
}

TEST(LoadConfigErrorsTest, TopLevelNotAMapping) {
  EXPECT_EQ(
      "c.yaml:1:1: expected a mapping with a \"stacks\" list, got a list\n"
      "- name: Demo\n"
      "^\n",
      LoadErrors("c.yaml", "- name: Demo\n"));
  EXPECT_EQ(
      "c.yaml:1:1: expected a mapping with a \"stacks\" list, got \"hello\"\n"
      "hello\n"
      "^\n",
      LoadErrors("c.yaml", "hello\n"));
}

TEST(LoadConfigErrorsTest, MissingAndEmptyStacks) {
  EXPECT_EQ(
      "c.yaml:1:1: missing required key \"stacks\"\n"
      "stack: []\n"
      "^\n"
      "c.yaml:1:1: stack: unknown key \"stack\"; did you mean \"stacks\"?\n"
      "stack: []\n"
      "^\n",
      LoadErrors("c.yaml", "stack: []\n"));
  EXPECT_EQ(
      "c.yaml:1:1: stacks: expected at least one stack, e.g. \"stacks: [{name: Demo}]\"\n"
      "stacks: []\n"
      "^\n",
      LoadErrors("c.yaml", "stacks: []\n"));
}

TEST(LoadConfigErrorsTest, NumberWhereAStringIsExpected) {
  EXPECT_EQ(
      "c.yaml:1:34: stacks[0].database.engineVersion: expected a string (quote it: \"8.0\"), "
      "got 8.0\n"
      "stacks: [{name: Demo, database: {engineVersion: 8.0}}]\n"
      "                                 ^\n",
      LoadErrors("c.yaml", "stacks: [{name: Demo, database: {engineVersion: 8.0}}]\n"));
}

TEST(LoadConfigErrorsTest, BadEnumSpellingSuggests) {
  EXPECT_EQ(
      "c.yaml:1:32: stacks[0].stream.mode: expected \"provisioned\" or \"on-demand\", got "
      "\"ondemand\"; did you mean \"on-demand\"?\n"
      "stacks: [{name: Demo, stream: {mode: ondemand}}]\n"
      "                               ^\n",
      LoadErrors("c.yaml", "stacks: [{name: Demo, stream: {mode: ondemand}}]\n"));
  EXPECT_EQ(
      "c.yaml:1:37: stacks[0].replication.migrationType: expected one of \"cdc\", \"full-load\", "
      "\"full-load-and-cdc\", got 3\n"
      "stacks: [{name: Demo, replication: {migrationType: 3}}]\n"
      "                                    ^\n",
      LoadErrors("c.yaml", "stacks: [{name: Demo, replication: {migrationType: 3}}]\n"));
}

TEST(LoadConfigErrorsTest, BoolMustBeTrueOrFalse) {
  EXPECT_EQ(
      "c.yaml:1:34: stacks[0].database.multiAz: expected true or false, got \"yes\"\n"
      "stacks: [{name: Demo, database: {multiAz: yes}}]\n"
      "                                 ^\n",
      LoadErrors("c.yaml", "stacks: [{name: Demo, database: {multiAz: yes}}]\n"));
}

TEST(LoadConfigErrorsTest, SectionOfTheWrongShape) {
  EXPECT_EQ(
      "c.yaml:3:5: stacks[0].vpc: expected a mapping, got a list\n"
      "    vpc: [1, 2]\n"
      "    ^\n",
      LoadErrors("c.yaml", "stacks:\n  - name: Demo\n    vpc: [1, 2]\n"));
}

TEST(LoadConfigErrorsTest, IntegerOverflow) {
  EXPECT_EQ(
      "c.yaml:1:29: stacks[0].vpc.maxAzs: expected an integer from 2 to 6, got 99999999999\n"
      "stacks: [{name: Demo, vpc: {maxAzs: 99999999999}}]\n"
      "                            ^\n",
      LoadErrors("c.yaml", "stacks: [{name: Demo, vpc: {maxAzs: 99999999999}}]\n"));
}

TEST(LoadConfigErrorsTest, InvalidStackName) {
  EXPECT_EQ(
      "c.yaml:1:11: stacks[0].name: expected a CloudFormation stack name: 1 to 128 letters, "
      "digits and hyphens, a letter first, got \"1bad\"\n"
      "stacks: [{name: 1bad}]\n"
      "          ^\n",
      LoadErrors("c.yaml", "stacks: [{name: 1bad}]\n"));
}

TEST(LoadConfigErrorsTest, SuppressionNeedsAReason) {
  EXPECT_EQ(
      "c.yaml:5:9: stacks[0].suppressions[0].reason: expected a non-empty reason for the "
      "suppression, got \" \"\n"
      "        reason: \" \"\n"
      "        ^\n"
      "c.yaml:6:9: stacks[0].suppressions[1]: missing required key \"reason\"\n"
      "      - {rule: CFN002}\n"
      "        ^\n",
      LoadErrors("c.yaml",
                 "stacks:\n"
                 "  - name: Demo\n"
                 "    suppressions:\n"
                 "      - rule: CFN001\n"
                 "        reason: \" \"\n"
                 "      - {rule: CFN002}\n"));
}

TEST(LoadConfigErrorsTest, AllErrorsInFileOrder) {
  Result<PipelineConfig> r = ParsePipelineConfig("c.yaml",
                                                 "stacks:\n"
                                                 "  - name: Demo\n"
                                                 "    stream: {retentionHours: 1}\n"
                                                 "    vpc: {maxAzs: x}\n"
                                                 "    database: {port: 80}\n"
                                                 "  - name: Other\n"
                                                 "    colour: blue\n");
  ASSERT_FALSE(r.ok());
  std::vector<std::string> paths;
  for (const Diagnostic& d : r.diagnostics()) paths.push_back(d.key_path);
  EXPECT_EQ((std::vector<std::string>{"stacks[0].stream.retentionHours", "stacks[0].vpc.maxAzs",
                                      "stacks[0].database.port", "stacks[1].colour"}),
            paths);
}

TEST(LoadConfigErrorsTest, EveryRuleErrorOfASectionInOneRun) {
  // 1e4 is an integer to JSON Schema (no fraction), so it is read as 10000.
  EXPECT_EQ(
      "c.yaml:4:7: stacks[0].stream.shardCount: expected an integer from 1 to 10000, got 0\n"
      "      shardCount: 0\n"
      "      ^\n"
      "c.yaml:5:7: stacks[0].stream.retentionHours: expected an integer from 24 to 8760, got "
      "10000\n"
      "      retentionHours: 1e4\n"
      "      ^\n"
      "c.yaml:6:7: stacks[0].stream.name: expected a stream name of 1 to 128 letters, digits, "
      "'_', '.' or '-', got \"a b\"\n"
      "      name: a b\n"
      "      ^\n",
      LoadErrors("c.yaml",
                 "stacks:\n"
                 "  - name: Demo\n"
                 "    stream:\n"
                 "      shardCount: 0\n"
                 "      retentionHours: 1e4\n"
                 "      name: a b\n"));
}

TEST(LoadConfigErrorsTest, DecimalWhereAnIntegerIsExpected) {
  EXPECT_EQ(
      "c.yaml:1:29: stacks[0].vpc.maxAzs: expected an integer from 2 to 6, got 2.5\n"
      "stacks: [{name: Demo, vpc: {maxAzs: 2.5}}]\n"
      "                            ^\n",
      LoadErrors("c.yaml", "stacks: [{name: Demo, vpc: {maxAzs: 2.5}}]\n"));
}

TEST(LoadConfigErrorsTest, ValidateIsSkippedForASectionWithTypeErrors) {
  // natGateways 3 > the default maxAzs 2 would be a misleading second error.
  Result<PipelineConfig> r = ParsePipelineConfig(
      "c.yaml", "stacks: [{name: Demo, vpc: {maxAzs: four, natGateways: 3}}]\n");
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(1u, r.diagnostics().size());
  EXPECT_EQ("stacks[0].vpc.maxAzs", r.diagnostics()[0].key_path);
}

TEST(LoadConfigErrorsTest, MultipleDocuments) {
  EXPECT_EQ(
      "c.yaml:2:1: expected one YAML document, found a second one here\n"
      "---\n"
      "^\n",
      LoadErrors("c.yaml", "stacks: [{name: A}]\n---\nstacks: [{name: B}]\n"));
}

TEST(LoadConfigErrorsTest, StrayCommaDoesNotHangTheParser) {
  // yaml-cpp 0.7's LoadAll() looped forever, allocating, on this (jbeder/yaml-cpp#1040).
  EXPECT_EQ(
      "c.yaml:1:1: YAML syntax error: did not find expected node content\n"
      ", ranges\n"
      "^\n",
      LoadErrors("c.yaml", ", ranges\nstacks: [{name: Demo}]\n"));
}

TEST(LoadConfigErrorsTest, CaretCountsCodePointsAndKeepsTabs) {
  // "é" is two bytes but one column; the tab is repeated in the caret line.
  EXPECT_EQ(
      "c.yaml:1:43: stacks[0].vpc.maxAzs: expected an integer from 2 to 6, got \"x\"\n"
      "stacks: [{name: Demo, tags: {é: b}, vpc:\t{maxAzs: x}}]\n"
      "                                        \t ^\n",
      LoadErrors("c.yaml", "stacks: [{name: Demo, tags: {é: b}, vpc:\t{maxAzs: x}}]\n"));
}

TEST(LoadConfigErrorsTest, TagsMustBeStringsWithinAwsLimits) {
  EXPECT_EQ(
      "c.yaml:3:12: stacks[0].tags.cost: expected a string (quote it: \"1234\"), got 1234\n"
      "    tags: {cost: 1234, \"aws:team\": x}\n"
      "           ^\n"
      "c.yaml:3:24: stacks[0].tags.aws:team: tag keys starting with \"aws:\" are reserved by AWS\n"
      "    tags: {cost: 1234, \"aws:team\": x}\n"
      "                       ^\n",
      LoadErrors("c.yaml", "stacks:\n  - name: Demo\n    tags: {cost: 1234, \"aws:team\": x}\n"));
}

TEST(LoadConfigErrorsTest, NonScalarKey) {
  EXPECT_EQ(
      "c.yaml:1:29: stacks[0].vpc: expected a string key, got a list\n"
      "stacks: [{name: Demo, vpc: {[a]: 1}}]\n"
      "                            ^\n",
      LoadErrors("c.yaml", "stacks: [{name: Demo, vpc: {[a]: 1}}]\n"));
}

TEST(LoadConfigErrorsTest, ExtraAlarmsNeedIdAndMetric) {
  EXPECT_EQ(
      "c.yaml:5:9: stacks[0].monitoring.alarms[0]: missing required key \"id\"\n"
      "      - {scope: dms-instance, threshold: high}\n"
      "        ^\n"
      "c.yaml:5:9: stacks[0].monitoring.alarms[0]: missing required key \"metric\"\n"
      "      - {scope: dms-instance, threshold: high}\n"
      "        ^\n"
      "c.yaml:5:31: stacks[0].monitoring.alarms[0].threshold: expected a finite number, got "
      "\"high\"\n"
      "      - {scope: dms-instance, threshold: high}\n"
      "                              ^\n",
      LoadErrors("c.yaml",
                 "stacks:\n  - name: Demo\n    monitoring:\n      alarms:\n"
                 "      - {scope: dms-instance, threshold: high}\n"));
}

TEST(LoadConfigErrorsTest, UnreadableFile) {
  InMemoryFileSystem fs;
  Result<PipelineConfig> r = LoadPipelineConfig("missing.yaml", fs);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ("missing.yaml", r.diagnostics()[0].location.file);
}

}  // namespace
}  // namespace cdkpp
