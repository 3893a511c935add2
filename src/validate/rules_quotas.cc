// CDKPP-CFN-009..016: CloudFormation quotas, checked before deploy instead of
// failing there. Figures: "AWS CloudFormation quotas" in the user guide.
#include "util/cfn_limits.h"
#include "validate/rules.h"

namespace cdkpp::validate::internal {
namespace {

namespace limits = cdkpp::internal;

void CheckCount(const RuleContext& ctx, Reporter& out, const char* section, std::size_t limit) {
  const Json* s = ctx.Section(section);
  if (s == nullptr || s->size() <= limit) return;
  out.ReportElement("", section,
                    "template declares " + std::to_string(s->size()) + " " + section + " (limit " +
                        std::to_string(limit) + ")");
}

}  // namespace

void CheckResourceCount(const RuleContext& ctx, Reporter& out) {
  CheckCount(ctx, out, "Resources", limits::kMaxResources);
}
void CheckOutputCount(const RuleContext& ctx, Reporter& out) {
  CheckCount(ctx, out, "Outputs", limits::kMaxOutputs);
}
void CheckParameterCount(const RuleContext& ctx, Reporter& out) {
  CheckCount(ctx, out, "Parameters", limits::kMaxParameters);
}
void CheckMappingCount(const RuleContext& ctx, Reporter& out) {
  CheckCount(ctx, out, "Mappings", limits::kMaxMappings);
}

void CheckTemplateSizeHard(const RuleContext& ctx, Reporter& out) {
  if (ctx.template_bytes() <= limits::kMaxTemplateBytes) return;
  out.ReportElement("", "",
                    "template is " + std::to_string(ctx.template_bytes()) +
                        " bytes; CloudFormation accepts at most 1,000,000 bytes (1 MB)");
}

void CheckTemplateSizeInline(const RuleContext& ctx, Reporter& out) {
  std::size_t bytes = ctx.template_bytes();
  if (bytes <= limits::kMaxInlineTemplateBytes || bytes > limits::kMaxTemplateBytes) return;
  out.ReportElement("", "",
                    "template is " + std::to_string(bytes) +
                        " bytes, above the 51,200-byte limit for inline templates: deploy it "
                        "through S3 with `aws cloudformation deploy --s3-bucket BUCKET`");
}

void CheckDynamicReferences(const RuleContext& ctx, Reporter& out) {
  std::size_t count = ctx.dynamic_references();
  if (count <= limits::kMaxDynamicReferences) return;
  out.ReportElement(
      "", "",
      "template uses " + std::to_string(count) + " dynamic references {{resolve:...}} (limit 60)");
}

void CheckDescriptionLength(const RuleContext& ctx, Reporter& out) {
  if (!ctx.root().is_object()) return;
  auto it = ctx.root().find("Description");
  if (it == ctx.root().end()) return;
  if (!it->is_string()) {
    out.ReportElement("", "Description", "Description must be a string");
    return;
  }
  std::size_t bytes = it->get_ref<const std::string&>().size();
  if (bytes > limits::kMaxDescriptionBytes) {
    out.ReportElement("", "Description",
                      "Description is " + std::to_string(bytes) + " bytes (limit 1,024)");
  }
}

}  // namespace cdkpp::validate::internal
