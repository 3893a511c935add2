#include "validate/packaged_artifacts.h"

#include <array>
#include <string>

namespace cdkpp::validate::internal {
namespace {

struct PackagedProperty {
  std::string_view type;
  std::string_view path;  // below the resource, as the schema walk names it
};

// The CloudFormation resource properties of the package command's reference
// page. (Its AWS::Serverless::* entries are transform types, which the
// schema checks do not read.)
constexpr std::array<PackagedProperty, 13> kPackagedProperties{{
    {"AWS::ApiGateway::RestApi", "Properties.BodyS3Location"},
    {"AWS::AppSync::FunctionConfiguration", "Properties.RequestMappingTemplateS3Location"},
    {"AWS::AppSync::FunctionConfiguration", "Properties.ResponseMappingTemplateS3Location"},
    {"AWS::AppSync::GraphQLSchema", "Properties.DefinitionS3Location"},
    {"AWS::AppSync::Resolver", "Properties.RequestMappingTemplateS3Location"},
    {"AWS::AppSync::Resolver", "Properties.ResponseMappingTemplateS3Location"},
    {"AWS::CloudFormation::Stack", "Properties.TemplateURL"},
    {"AWS::CodeCommit::Repository", "Properties.Code.S3"},
    {"AWS::ElasticBeanstalk::ApplicationVersion", "Properties.SourceBundle"},
    {"AWS::Glue::Job", "Properties.Command.ScriptLocation"},
    {"AWS::Lambda::Function", "Properties.Code"},
    {"AWS::Lambda::LayerVersion", "Properties.Content"},
    {"AWS::StepFunctions::StateMachine", "Properties.DefinitionS3Location"},
}};

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

bool HasPackagedProperty(std::string_view type) {
  for (const auto& p : kPackagedProperties) {
    if (p.type == type) return true;
  }
  return false;
}

bool IsPackagedProperty(std::string_view type, std::string_view path) {
  for (const auto& p : kPackagedProperties) {
    if (p.type == type && p.path == path) return true;
  }
  return false;
}

bool IsLocalArtifactPath(const Json& value) {
  if (!value.is_string()) return false;
  const auto& s = value.get_ref<const std::string&>();
  return !s.empty() && !StartsWith(s, "s3://") && !StartsWith(s, "https://") &&
         !StartsWith(s, "http://");
}

}  // namespace cdkpp::validate::internal
