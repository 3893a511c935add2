#include "cdkpp/template/load_template.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/test_inputs.h"

namespace cdkpp {
namespace {

TEST(LoadTemplateTest, JsonKeepsKeyOrder) {
  Json t = testing::MustParseTemplate(R"({"Resources": {"B": {"Type": "X"}, "A": {"Type": "Y"}}})");
  auto it = t["Resources"].begin();
  EXPECT_EQ(it.key(), "B");
  EXPECT_EQ((++it).key(), "A");
}

TEST(LoadTemplateTest, YamlShortFormTagsBecomeLongForm) {
  Json t = testing::MustParseTemplate(
      "Resources:\n"
      "  Zeta:\n"
      "    Type: AWS::Kinesis::Stream\n"
      "    Properties:\n"
      "      Name: !Ref StreamName\n"
      "      Arn: !GetAtt Role.Arn\n"
      "      Nested: !GetAtt Db.Endpoint.Address\n"
      "      ListForm: !GetAtt [Role, Arn]\n"
      "      Sub: !Sub '${AWS::StackName}-x'\n"
      "      Join: !Join ['', [a, !Ref B]]\n"
      "      Sel: !Select [0, !GetAZs '']\n"
      "      Split: !Split [',', 'a,b']\n"
      "      Imp: !ImportValue Shared\n"
      "      If: !If [IsProd, 1, 2]\n"
      "      Cond: !Condition IsProd\n"
      "      Not: !Not [!Equals [a, b]]\n"
      "      And: !And [!Condition A, !Or [!Condition B, !Condition C]]\n"
      "      Map: !FindInMap [M, K, V]\n"
      "      B64: !Base64 hello\n"
      "      Cidr: !Cidr ['10.0.0.0/16', 4, 8]\n"
      "      Tr: !Transform {Name: X, Parameters: {}}\n"
      "  Alpha:\n"
      "    Type: AWS::SNS::Topic\n");
  const Json& p = t["Resources"]["Zeta"]["Properties"];
  EXPECT_EQ(p["Name"], Json::parse(R"({"Ref":"StreamName"})"));
  EXPECT_EQ(p["Arn"], Json::parse(R"({"Fn::GetAtt":["Role","Arn"]})"));
  EXPECT_EQ(p["Nested"], Json::parse(R"({"Fn::GetAtt":["Db","Endpoint.Address"]})"));
  EXPECT_EQ(p["ListForm"], Json::parse(R"({"Fn::GetAtt":["Role","Arn"]})"));
  EXPECT_EQ(p["Sub"], Json::parse(R"({"Fn::Sub":"${AWS::StackName}-x"})"));
  EXPECT_EQ(p["Join"], Json::parse(R"({"Fn::Join":["",["a",{"Ref":"B"}]]})"));
  EXPECT_EQ(p["Sel"], Json::parse(R"({"Fn::Select":[0,{"Fn::GetAZs":""}]})"));
  EXPECT_EQ(p["Split"], Json::parse(R"({"Fn::Split":[",","a,b"]})"));
  EXPECT_EQ(p["Imp"], Json::parse(R"({"Fn::ImportValue":"Shared"})"));
  EXPECT_EQ(p["If"], Json::parse(R"({"Fn::If":["IsProd",1,2]})"));
  EXPECT_EQ(p["Cond"], Json::parse(R"({"Condition":"IsProd"})"));
  EXPECT_EQ(p["Not"], Json::parse(R"({"Fn::Not":[{"Fn::Equals":["a","b"]}]})"));
  EXPECT_EQ(
      p["And"],
      Json::parse(
          R"({"Fn::And":[{"Condition":"A"},{"Fn::Or":[{"Condition":"B"},{"Condition":"C"}]}]})"));
  EXPECT_EQ(p["Map"], Json::parse(R"({"Fn::FindInMap":["M","K","V"]})"));
  EXPECT_EQ(p["B64"], Json::parse(R"({"Fn::Base64":"hello"})"));
  EXPECT_EQ(p["Cidr"], Json::parse(R"({"Fn::Cidr":["10.0.0.0/16",4,8]})"));
  EXPECT_EQ(p["Tr"], Json::parse(R"({"Fn::Transform":{"Name":"X","Parameters":{}}})"));
  EXPECT_EQ(t["Resources"].begin().key(), "Zeta");  // file order, not sorted
}

TEST(LoadTemplateTest, YamlScalarsFollowTheCoreSchema) {
  Json t = testing::MustParseTemplate(
      "A: 1\nB: '1'\nC: true\nD: 'true'\nE: 1.5\nF: 012345678901\nG: ~\nH: -3\nI: 1.2.3\n"
      "J: hello\n");
  EXPECT_EQ(t["A"], Json(1));
  EXPECT_EQ(t["B"], Json("1"));
  EXPECT_EQ(t["C"], Json(true));
  EXPECT_EQ(t["D"], Json("true"));
  EXPECT_EQ(t["E"], Json(1.5));
  EXPECT_EQ(t["F"], Json("012345678901"));
  EXPECT_TRUE(t["G"].is_null());
  EXPECT_EQ(t["H"], Json(-3));
  EXPECT_EQ(t["I"], Json("1.2.3"));
  EXPECT_EQ(t["J"], Json("hello"));
}

TEST(LoadTemplateTest, YamlSyntaxErrorHasLocationAndCaret) {
  Result<Json> r = ParseTemplate("t.yaml", "Resources:\n  A: [1, 2\n  B: 3\n");
  ASSERT_FALSE(r.ok());
  const Diagnostic& d = r.diagnostics()[0];
  EXPECT_EQ(d.code, "template.parse");
  EXPECT_EQ(d.location.file, "t.yaml");
  EXPECT_GT(d.location.line, 1);
  EXPECT_NE(d.detail.find('^'), std::string::npos);
}

TEST(LoadTemplateTest, JsonSyntaxErrorHasExactLocationAndCaret) {
  Result<Json> r = ParseTemplate("t.json", "{\n  \"Resources\": {\n    \"A\": 1,\n  }\n}\n");
  ASSERT_FALSE(r.ok());
  const Diagnostic& d = r.diagnostics()[0];
  EXPECT_EQ(d.location.ToString(), "t.json:4:3");
  EXPECT_EQ(d.detail, "  }\n  ^");
  EXPECT_EQ(d.ToString(),
            "t.json:4:3: JSON syntax error: expected a string (an object key), got '}'\n  }\n  ^");
}

TEST(LoadTemplateTest, UnknownTagIsAnErrorAtItsPosition) {
  Result<Json> r = ParseTemplate("t.yaml", "Resources:\n  A: !Bogus x\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diagnostics()[0].ToString(),
            "t.yaml:2:6: unknown tag '!Bogus'\n  A: !Bogus x\n     ^");
}

TEST(LoadTemplateTest, RootMustBeAMapping) {
  EXPECT_FALSE(ParseTemplate("t.yaml", "- a\n- b\n").ok());
  EXPECT_FALSE(ParseTemplate("t.json", "[1]").ok());
  EXPECT_FALSE(ParseTemplate("t.yaml", "  \n").ok());
}

TEST(LoadTemplateTest, LoadReadsThroughTheFileSystem) {
  InMemoryFileSystem fs;
  fs.Put("a.yaml", "Resources: {}\n");
  Result<Json> ok = LoadTemplate("a.yaml", fs);
  ASSERT_TRUE(ok.ok());
  EXPECT_TRUE((*ok)["Resources"].is_object());
  Result<Json> missing = LoadTemplate("missing.yaml", fs);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.diagnostics()[0].ToString().find("missing.yaml"), std::string::npos);
}

}  // namespace
}  // namespace cdkpp

namespace cdkpp {
namespace {

TEST(LoadTemplateTest, YamlFlowMappingInAYamlFile) {
  Result<Json> r = ParseTemplate("t.yaml", "{Resources: {A: {Type: AWS::SNS::Topic}}}\n");
  ASSERT_TRUE(r.ok()) << r.diagnostics()[0].ToString();
  EXPECT_EQ((*r)["Resources"]["A"]["Type"], "AWS::SNS::Topic");
  EXPECT_FALSE(ParseTemplate("t.json", "{Resources: {}}\n").ok());  // JSON files stay JSON
}

// Hostile YAML: an alias to the node that holds it recursed until the stack
// overflowed (SIGSEGV), and nested aliases expanded without bound (gigabytes,
// minutes). Both are errors.
TEST(LoadTemplateTest, YamlAliasCycleIsAnErrorNotACrash) {
  Result<Json> r = ParseTemplate("t.yaml", "Resources: &a\n  A: *a\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diagnostics()[0].ToString(),
            "t.yaml:2:6: alias *a is inside the node it names (a cycle)\n  A: *a\n     ^");
  EXPECT_FALSE(ParseTemplate("t.yaml", "Resources: &a [*a]\n").ok());
}

TEST(LoadTemplateTest, YamlAliasExpansionIsBounded) {
  std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i <= 9; ++i) {  // 10^10 values once expanded
    std::string prev = "*a" + std::to_string(i - 1);
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + prev;
    for (int k = 1; k < 10; ++k) text += ", " + prev;
    text += "]\n";
  }
  Result<Json> r = ParseTemplate("t.yaml", "Resources:\n  X: 1\n" + text);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.diagnostics()[0].message.find("aliases expand the document to more than 1000000"),
            std::string::npos)
      << r.diagnostics()[0].ToString();
}

TEST(LoadTemplateTest, ByteOrderMarkIsSkipped) {
  Result<Json> r = ParseTemplate("t.json", "\xEF\xBB\xBF{\"Resources\": {}}");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE((*r)["Resources"].is_object());
}


// LoadTemplatePair: resources whose text is the same in both files.
Result<TemplatePair> LoadPairOf(const std::string& old_name, const std::string& old_text,
                                const std::string& new_name, const std::string& new_text) {
  InMemoryFileSystem fs;
  fs.Put(old_name, old_text);
  fs.Put(new_name, new_text);
  return LoadTemplatePair(old_name, new_name, fs);
}

TEST(LoadTemplatePairTest, ResourcesWithTheSameTextAreNullInTheNewTemplate) {
  std::string old_text = R"({"Resources": {"B": {"Type": "X", "Properties": {"N": 1}},)"
                         R"( "A": {"Type": "Y"}, "C": {"Type": "Z"}}, "Outputs": {"O": {"Value": 1}}})";
  std::string new_text = R"({"Resources": {"B": {"Type": "X", "Properties": {"N": 1}},)"
                         R"( "A": {"Type": "Y2"}, "C": {"Type": "Z"}, "D": {"Type": "Z"}},)"
                         R"( "Outputs": {"O": {"Value": 1}}})";
  Result<TemplatePair> pair = LoadPairOf("old.json", old_text, "new.json", new_text);
  ASSERT_TRUE(pair.ok());
  EXPECT_EQ(pair->same_resources, (std::vector<std::string>{"B", "C"}));
  EXPECT_EQ(pair->old_template, Json::parse(old_text));
  Json expected = Json::parse(new_text);
  expected["Resources"]["B"] = nullptr;
  expected["Resources"]["C"] = nullptr;
  EXPECT_EQ(pair->new_template, expected);
}

TEST(LoadTemplatePairTest, ReadsBothWholeWhenTextAloneCannotTell) {
  std::string json = R"({"Resources": {"A": {"Type": "X"}}})";
  std::string yaml = "Resources:\n  A:\n    Type: X\n";
  std::string with_transform =
      R"({"Transform": ["AWS::LanguageExtensions"], "Resources": {"A": {"Type": "X"}}})";
  std::string beyond_ascii = R"({"Resources": {"A": {"Type": "é"}}})";
  struct Case {
    std::string old_name, old_text, new_name, new_text;
  };
  const Case cases[] = {
      {"old.yaml", yaml, "new.json", json},                    // YAML is read another way
      {"old.json", json, "new.yaml", yaml},
      {"old.json", with_transform, "new.json", with_transform},  // the transform rewrites
      {"old.json", json, "new.json", with_transform},
      {"old.json", beyond_ascii, "new.json", beyond_ascii},  // the new parse must see every byte
  };
  for (const Case& c : cases) {
    Result<TemplatePair> pair = LoadPairOf(c.old_name, c.old_text, c.new_name, c.new_text);
    ASSERT_TRUE(pair.ok()) << c.old_name << " " << c.new_name;
    EXPECT_TRUE(pair->same_resources.empty()) << c.old_text << " -> " << c.new_text;
    EXPECT_EQ(pair->old_template, testing::MustParseTemplate(c.old_text));
    EXPECT_EQ(pair->new_template, testing::MustParseTemplate(c.new_text));
  }
}

TEST(LoadTemplatePairTest, OtherTransformsAndTextBeyondAsciiElsewhereKeepTheRest) {
  std::string text =
      R"({"Transform": "AWS::SecretsManager-2020-07-23", "Resources": {"A": {"Type": "X"},)"
      R"( "B": {"Type": "X", "Properties": {"Name": "é"}}}})";
  Result<TemplatePair> pair = LoadPairOf("old.json", text, "new.json", text);
  ASSERT_TRUE(pair.ok());
  EXPECT_EQ(pair->same_resources, (std::vector<std::string>{"A"}));
  EXPECT_EQ(pair->new_template["Resources"]["B"], Json::parse(text)["Resources"]["B"]);
}

TEST(LoadTemplatePairTest, GivesTheErrorsOfBothTheOldFirst) {
  InMemoryFileSystem fs;
  fs.Put("old.json", R"({"Resources": {"A": {"Type": "X"},}})");
  fs.Put("new.json", R"({"Resources": {"A": {"Type": "X"}, "A": {}}})");
  Result<TemplatePair> pair = LoadTemplatePair("old.json", "new.json", fs);
  ASSERT_FALSE(pair.ok());
  Diagnostics expected = LoadTemplate("old.json", fs).diagnostics();
  Diagnostics of_new = LoadTemplate("new.json", fs).diagnostics();
  expected.insert(expected.end(), of_new.begin(), of_new.end());
  ASSERT_EQ(pair.diagnostics().size(), 2u);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(pair.diagnostics()[i].ToString(), expected[i].ToString());
  }
  Result<TemplatePair> missing = LoadTemplatePair("old.json", "absent.json", fs);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.diagnostics().back().ToString(),
            LoadTemplate("absent.json", fs).diagnostics().back().ToString());
}

}  // namespace
}  // namespace cdkpp
