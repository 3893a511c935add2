// The table-driven reader on a small table of its own: the shapes the config
// sections use (nullable keys, optional nested sections, keys that exclude
// each other), each error as a whole message.
#include "config/schema_reader.h"

#include <gtest/gtest.h>

#include "config/schema/key_builders.h"
#include "input/source_text.h"
#include "input/yaml_document.h"

namespace cdkpp::config {
namespace {

using namespace schema;  // NOLINT: the builders read as a table

struct Existing {
  std::string id;
};

struct Props {
  int size = 2;
  std::optional<int> limit;
  std::vector<std::string> names = {"a", "b"};
  std::optional<Existing> existing;
};

const SectionSpec& ExistingTable() {
  static const SectionSpec kSpec = Table<Existing>(
      "existing", "Something that exists already.",
      {Required(Key("id", CDKPP_MEMBER(Existing, id),
                    Pattern("^vpc-[0-9a-f]+$", 21, "an id like vpc-0123abcd"), "Its id."))});
  return kSpec;
}

const SectionSpec& PropsTable() {
  static const SectionSpec kSpec = [] {
    SectionSpec spec = Table<Props>(
        "test", "A test table.",
        {Key("size", CDKPP_MEMBER(Props, size), Range(1, 4), "A size."),
         Key("limit", CDKPP_MEMBER(Props, limit), AtLeast(0), "A limit, or null."),
         Key("names", CDKPP_MEMBER(Props, names), AtLeastItems(2, Length(1, "a name")), "Names."),
         Section("existing", CDKPP_MEMBER(Props, existing), ExistingTable, "Use this one.")});
    spec.exclusions = {{"existing", {"size", "limit"}, "an existing one has its own"}};
    return spec;
  }();
  return kSpec;
}

struct Read {
  Props props;
  std::string errors;
};

Read ReadText(const std::string& text) {
  SourceText source("t.yaml", text);
  PipelineConfig config;
  LoadContext ctx(source, &config);
  Read out;
  input::YamlLoad loaded = input::LoadYamlDocument(text);
  input::YamlNode empty;  // an empty text reads as null, as an empty section does
  const input::YamlNode* root = loaded.root ? loaded.root.get() : &empty;
  ReadTable(ctx, Field{root, "", 0}, PropsTable(), &out.props);
  for (const Diagnostic& d : ctx.TakeSortedDiagnostics()) {
    out.errors += d.ToString().substr(0, d.ToString().find('\n')) + "\n";
  }
  return out;
}

TEST(SchemaReaderTest, StoresPresentKeysAndKeepsTheRest) {
  Read r = ReadText("limit: 5\nnames: [x, y]\n");
  EXPECT_EQ("", r.errors);
  EXPECT_EQ(2, r.props.size);
  EXPECT_EQ(5, r.props.limit);
  EXPECT_EQ((std::vector<std::string>{"x", "y"}), r.props.names);
  EXPECT_FALSE(r.props.existing.has_value());
}

TEST(SchemaReaderTest, StringListsCountTheirItems) {
  EXPECT_EQ("t.yaml:1:1: names: expected at least 2 items, got 1\n",
            ReadText("names: [x]\n").errors);
}

TEST(SchemaReaderTest, NullUnsetsANullableKey) {
  EXPECT_FALSE(ReadText("limit: null\n").props.limit.has_value());
  EXPECT_EQ("t.yaml:1:1: size: expected an integer from 1 to 4, got null\n",
            ReadText("size: null\n").errors);
}

TEST(SchemaReaderTest, EveryErrorInOneRunInFileOrder) {
  EXPECT_EQ(
      "t.yaml:1:1: size: expected an integer from 1 to 4, got 9\n"
      "t.yaml:2:1: limit: expected an integer >= 0, got -1\n"
      "t.yaml:3:12: names[1]: expected a name, got \"\"\n"
      "t.yaml:4:1: sise: unknown key \"sise\"; did you mean \"size\"?\n",
      ReadText("size: 9\nlimit: -1\nnames: [a, \"\"]\nsise: 1\n").errors);
}

TEST(SchemaReaderTest, NestedOptionalSectionIsEngagedAndChecked) {
  Read r = ReadText("existing: {id: vpc-0a1b}\n");
  EXPECT_EQ("", r.errors);
  ASSERT_TRUE(r.props.existing.has_value());
  EXPECT_EQ("vpc-0a1b", r.props.existing->id);
  EXPECT_EQ("t.yaml:1:12: existing.id: expected an id like vpc-0123abcd, got \"subnet-1\"\n",
            ReadText("existing: {id: subnet-1}\n").errors);
  EXPECT_EQ("t.yaml:1:1: existing: missing required key \"id\"\n",
            ReadText("existing: {}\n").errors);
}

TEST(SchemaReaderTest, ExcludedKeysAreErrorsAtTheirOwnPlace) {
  EXPECT_EQ(
      "t.yaml:1:1: size: not allowed together with \"existing\" (an existing one has its "
      "own)\n",
      ReadText("size: 3\nexisting: {id: vpc-1}\n").errors);
}

}  // namespace
}  // namespace cdkpp::config
