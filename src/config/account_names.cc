#include "config/account_names.h"

#include <map>

#include "cdkpp/constructs/network_exports.h"
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
    ctx_.Error(kValueError, ctx_.LocationOf(key_path), ctx_.Resolve(key_path),
               "expected a " + what_ + " no other stack of this config uses, got " + Quote(shown) +
                   " (" + first->second + " has it; these names are unique per account)");
  }

 private:
  LoadContext& ctx_;
  std::string what_;
  std::map<std::string, std::string> first_;
};

// The first environment to claim each name in each account (and region).
class EnvironmentRegistry {
 public:
  explicit EnvironmentRegistry(LoadContext& ctx) : ctx_(ctx) {}

  void Claim(const std::string& scope, const std::string& name, const std::string& what,
             const PipelineConfig& config, const std::string& key_path) {
    const std::string& env = config.environment->name;
    auto [first, inserted] =
        first_.emplace(scope + "\n" + what + "\n" + name, std::make_pair(env, key_path));
    if (inserted || first->second.first == env) return;
    ctx_.Error(kValueError, config.LocationOf(key_path), key_path,
               "expected a " + what + " no other stack in " + scope + " uses, got " + Quote(name) +
                   " (environment " + env + "; environment " + first->second.first + " deploys " +
                   first->second.second +
                   " there with it; these names are unique per account and region)");
  }

 private:
  LoadContext& ctx_;
  std::map<std::string, std::pair<std::string, std::string>> first_;
};

}  // namespace

void CheckAccountWideNamesAcrossEnvironments(LoadContext& ctx,
                                             const std::vector<const PipelineConfig*>& configs) {
  EnvironmentRegistry registry(ctx);
  for (const PipelineConfig* config : configs) {
    const std::optional<ConfigEnvironment>& env = config->environment;
    if (!env || !env->account) continue;  // an unknown account may be any other
    std::string account = "account " + *env->account;
    for (const StackConfig& stack : config->stacks) {
      const PipelineStackProps& p = stack.props;
      if (stack.kind == StackKind::kNetwork) {
        // Export names derive from the stack name (NetworkExportNames).
        if (env->region) {
          registry.Claim(account + " region " + *env->region,
                         NetworkExportNames(stack.name, 2).vpc_id, "network export name",
                         *config, stack.key_path + ".name");
        }
        continue;
      }
      if (p.replication.EffectiveServiceRoles() == ServiceRoles::kStack) {
        bool legacy = p.replication.create_service_roles.has_value();
        registry.Claim(account, std::string(internal::kDmsVpcRole.name), "DMS service role",
                       *config,
                       stack.key_path + (legacy ? ".replication.createServiceRoles"
                                                : ".replication.serviceRoles"));
      }
      if (!env->region) continue;
      std::string scope = account + " region " + *env->region;
      registry.Claim(scope, internal::Lowercase(p.replication.instance_identifier),
                     "replication instance identifier", *config,
                     stack.key_path + ".replication.instanceIdentifier");
      registry.Claim(scope, p.stream.name, "stream name", *config, stack.key_path + ".stream.name");
    }
  }
}

void CheckAccountWideNames(LoadContext& ctx, const PipelineConfig& config) {
  NameRegistry identifiers(ctx, "replication instance identifier");
  NameRegistry streams(ctx, "stream name");
  std::string roles_owner;
  for (const StackConfig& stack : config.stacks) {
    const PipelineStackProps& p = stack.props;
    // A network stack has no DMS or Kinesis resource, and its export names
    // derive from its stack name, unique in the config.
    if (stack.kind == StackKind::kNetwork) continue;
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
    ctx.Error(kValueError, ctx.LocationOf(key), ctx.Resolve(key),
              std::string(legacy ? "expected false" : "expected auto or existing") + ": " +
                  roles_owner + " already creates " + std::string(internal::kDmsVpcRole.name) +
                  " and " + std::string(internal::kDmsCloudWatchLogsRole.name) +
                  ", whose names are unique per account");
  }
}

}  // namespace cdkpp::config
