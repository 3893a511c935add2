#ifndef CDKPP_CORE_APP_H_
#define CDKPP_CORE_APP_H_

#include <string>
#include <vector>

#include "cdkpp/core/construct.h"
#include "cdkpp/core/json.h"
#include "cdkpp/core/result.h"
#include "cdkpp/core/output_file.h"

namespace cdkpp {

/// One synthesized stack.
struct StackArtifact {
  std::string stack_name;
  std::string template_file;  ///< file name inside the assembly directory
  Json template_json;
  std::string template_text;  ///< the exact bytes written (SerializeTemplate)
};

/// The output of synthesis: every stack's template plus the manifest that
/// makes the directory a cloud assembly the AWS CDK CLI accepts
/// (`cdk deploy --app <dir>`).
struct CloudAssembly {
  std::vector<StackArtifact> stacks;
  Json manifest;

  /// The files to write below out_dir: each template, manifest.json, cdk.out.
  std::vector<OutputFile> Files(const std::string& out_dir) const;
};

/// The root of the construct tree. Stacks are its children.
class App : public Construct {
 public:
  App() = default;

  /// Locks the tree, collects construct errors, then synthesizes every stack
  /// (or only the one named only_stack, when not empty; unknown name = error).
  /// Never writes anything.
  Result<CloudAssembly> Synth(const std::string& only_stack = "");
};

/// The cloud assembly schema version written to manifest.json and cdk.out.
inline constexpr const char* kCloudAssemblyVersion = "36.0.0";

}  // namespace cdkpp

#endif  // CDKPP_CORE_APP_H_
