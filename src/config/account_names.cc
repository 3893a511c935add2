#include "config/account_names.h"

#include <map>

#include "config/load_context.h"
#include "util/dms_service_roles.h"
#include "util/text.h"

namespace cdkpp::config {
namespace {

// Remembers the first stack that claims each name and reports every later one.
class NameRegistry {
 public:
  NameRegistry(LoadContext& ctx, std::string what) : ctx_(ctx), what_(std::move(what)) {}

  /// name is compared as given; shown is how the user spelled it.
  void Claim(const std::string& name, const std::string& shown, const std::string& key_path) {
    auto [first, inserted] = first_.emplace(name, key_path);
    if (inserted) return;
    ctx_.Error(kValueError, ctx_.LocationOf(key_path), key_path,
               "expected a " + what_ + " no other stack of this config uses, got " + Quote(shown) +
                   " (" + first->second + " has it; these names are unique per account)");
  }

 private:
  LoadContext& ctx_;
  std::string what_;
  std::map<std::string, std::string> first_;
};

}  // namespace

void CheckAccountWideNames(LoadContext& ctx, const PipelineConfig& config) {
  NameRegistry identifiers(ctx, "replication instance identifier");
  NameRegistry streams(ctx, "stream name");
  std::string roles_owner;
  for (const StackConfig& stack : config.stacks) {
    const PipelineStackProps& p = stack.props;
    // DMS stores identifiers lowercase, so "Cdc" and "cdc" collide.
    identifiers.Claim(internal::Lowercase(p.replication.instance_identifier),
                      p.replication.instance_identifier,
                      stack.key_path + ".replication.instanceIdentifier");
    streams.Claim(p.stream.name, p.stream.name, stack.key_path + ".stream.name");
    // Only a stack that owns the roles collides; `auto` never does.
    if (p.replication.EffectiveServiceRoles() != ServiceRoles::kStack) continue;
    if (roles_owner.empty()) {
      roles_owner = stack.key_path;
      continue;
    }
    bool legacy = p.replication.create_service_roles.has_value();
    std::string key =
        stack.key_path + (legacy ? ".replication.createServiceRoles" : ".replication.serviceRoles");
    ctx.Error(kValueError, ctx.LocationOf(key), key,
              std::string(legacy ? "expected false" : "expected auto or existing") + ": " +
                  roles_owner + " already creates " + std::string(internal::kDmsVpcRole.name) +
                  " and " + std::string(internal::kDmsCloudWatchLogsRole.name) +
                  ", whose names are unique per account");
  }
}

}  // namespace cdkpp::config
