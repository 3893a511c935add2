#ifndef CDKPP_CORE_STACK_H_
#define CDKPP_CORE_STACK_H_

#include <map>
#include <string>
#include <vector>

#include "cdkpp/core/construct.h"
#include "cdkpp/core/diagnostic.h"
#include "cdkpp/core/json.h"
#include "cdkpp/core/result.h"

namespace cdkpp {

/// A stack's template as a tree and as the bytes SerializeTemplate writes.
struct SynthesizedTemplate {
  Json json;
  std::string text;
};

struct StackProps {
  /// The template's Description (CloudFormation allows 1,024 bytes).
  std::string description;
  /// Applied to every taggable resource of the stack; sorted by key.
  std::map<std::string, std::string> tags;

  /// Errors keyed by config key ("description"): CloudFormation's 1,024-byte
  /// limit on the description.
  Diagnostics Validate() const;
};

/// A CloudFormation stack. Its id is the stack name. It gathers the
/// elements below it, names them, and assembles the template.
class Stack : public Construct {
 public:
  /// Records an error when id breaks CloudFormation's stack-name rules
  /// (1-128 characters, a letter first, then letters, digits, hyphens).
  Stack(Construct& scope, std::string id, StackProps props = {});

  const std::string& stack_name() const { return id(); }
  const StackProps& props() const { return props_; }
  /// "<stack name>.template.json", the file name inside the cloud assembly.
  std::string TemplateFileName() const { return id() + ".template.json"; }

  /// The template: Description, Parameters, Conditions, Resources, Outputs,
  /// each element in construct-tree order. Errors: logical-id collisions,
  /// references to elements outside this stack.
  Result<Json> SynthesizeTemplate() const;
  /// The same template plus its serialized text (SerializeTemplate), built
  /// and checked in one pass: what App::Synth writes.
  Result<SynthesizedTemplate> Synthesize() const;

  /// Adds a template Transform (e.g. "AWS::SecretsManager-2020-07-23"); each
  /// name appears once, in the order first added.
  void AddTransform(const std::string& name);

  /// Records that this stack must be deployed after other (it imports
  /// other's exports); the cloud assembly manifest lists it under
  /// "dependencies". Each name once, in the order first added.
  void AddDependency(const Stack& other);
  /// The stacks this one is deployed after, by name.
  const std::vector<std::string>& dependencies() const { return dependencies_; }

 private:
  // The template tree; logical-id clashes and resolve errors go to diagnostics.
  Json BuildTemplate(Diagnostics* diagnostics) const;
  // Adds an error naming the first string of template_json that is not UTF-8.
  void CheckTemplateUtf8(const Json& template_json, Diagnostics* diagnostics) const;

  StackProps props_;
  std::vector<std::string> transforms_;
  std::vector<std::string> dependencies_;
};

/// "" if name is a valid stack name, else what is wrong with it.
std::string CheckStackName(const std::string& name);

}  // namespace cdkpp

#endif  // CDKPP_CORE_STACK_H_
