// CDKPP-SEC-003..009: RDS instances and Aurora clusters. Modelled on cdk-nag
// AwsSolutions-RDS2/3/10/11/13 and cfn_nag F22/F23/F26. Values given by
// intrinsics are unknown at validation time: the rules stay silent on them
// rather than guess.
#include "validate/literal.h"
#include "validate/rules.h"

namespace cdkpp::validate::internal {
namespace {

// Aurora instances take encryption, backups, deletion protection and the
// port from their cluster: those rules check the cluster instead.
bool InCluster(const ResourceView& r) {
  return Get(r.properties, "DBClusterIdentifier") != nullptr;
}

bool IsMysqlFamily(const ResourceView& r) {
  auto engine = AsString(Get(r.properties, "Engine"));
  return engine && (*engine == "mysql" || *engine == "mariadb" || *engine == "aurora-mysql" ||
                    *engine == "aurora");
}

// Which instances a rule visits besides the clusters: all of them, or only
// those outside a cluster (whose settings are their own).
enum class Members { kIncluded, kSkipped };

// Calls fn(resource, "DB instance" | "DB cluster") for each database resource
// that holds the setting a rule checks.
template <typename Fn>
void ForEachDatabase(const RuleContext& ctx, Members members, Fn fn) {
  for (const ResourceView* r : ctx.OfType("AWS::RDS::DBInstance")) {
    if (members == Members::kIncluded || !InCluster(*r)) fn(*r, std::string("DB instance"));
  }
  for (const ResourceView* r : ctx.OfType("AWS::RDS::DBCluster")) fn(*r, std::string("DB cluster"));
}

// The instances of the template that belong to this cluster: by Ref to its
// logical id, or by its literal DBClusterIdentifier.
int MemberCount(const RuleContext& ctx, const ResourceView& cluster) {
  auto name = AsString(Get(cluster.properties, "DBClusterIdentifier"));
  int count = 0;
  for (const ResourceView* r : ctx.OfType("AWS::RDS::DBInstance")) {
    const Json* id = Get(r->properties, "DBClusterIdentifier");
    if (id == nullptr) continue;
    auto literal = AsString(id);
    bool by_ref = id->is_object() && id->size() == 1 && id->contains("Ref") &&
                  (*id)["Ref"] == cluster.logical_id;
    if (by_ref || (literal && name && *literal == *name)) ++count;
  }
  return count;
}

}  // namespace

void CheckRdsPublic(const RuleContext& ctx, Reporter& out) {
  ForEachDatabase(ctx, Members::kIncluded, [&](const ResourceView& r, const std::string& noun) {
    if (AsBool(Get(r.properties, "PubliclyAccessible")).value_or(false)) {
      out.Report(r, "Properties.PubliclyAccessible",
                 noun + " is publicly accessible (gets a public IP address)");
    }
  });
}

void CheckRdsStorageEncryption(const RuleContext& ctx, Reporter& out) {
  ForEachDatabase(ctx, Members::kSkipped, [&](const ResourceView& r, const std::string& noun) {
    const Json* v = Get(r.properties, "StorageEncrypted");
    if (v != nullptr && !AsBool(v)) return;  // intrinsic: unknown
    if (!AsBool(v).value_or(false)) {
      out.Report(r, "Properties.StorageEncrypted",
                 v == nullptr ? noun + " storage is not encrypted (StorageEncrypted unset)"
                              : noun + " storage is not encrypted");
    }
  });
}

void CheckRdsDeletionProtection(const RuleContext& ctx, Reporter& out) {
  ForEachDatabase(ctx, Members::kSkipped, [&](const ResourceView& r, const std::string& noun) {
    const Json* v = Get(r.properties, "DeletionProtection");
    if (v != nullptr && !AsBool(v)) return;
    if (!AsBool(v).value_or(false)) {
      out.Report(r, "Properties.DeletionProtection", noun + " has no deletion protection");
    }
  });
}

void CheckRdsBackups(const RuleContext& ctx, Reporter& out) {
  ForEachDatabase(ctx, Members::kSkipped, [&](const ResourceView& r, const std::string&) {
    const Json* v = Get(r.properties, "BackupRetentionPeriod");
    if (v != nullptr && !AsInt(v)) return;
    long long days = v == nullptr ? 1 : *AsInt(v);  // RDS default: 1 day
    if (days >= 7) return;
    out.Report(
        r, "Properties.BackupRetentionPeriod",
        days == 0 ? "automated backups are off (BackupRetentionPeriod 0); RDS MySQL then "
                    "purges binlogs and CDC cannot work"
                  : "automated backups are kept " + std::to_string(days) + " day(s), fewer than 7");
  });
}

void CheckRdsMultiAz(const RuleContext& ctx, Reporter& out) {
  ForEachDatabase(ctx, Members::kSkipped, [&](const ResourceView& r, const std::string& noun) {
    if (noun == "DB cluster") {
      // An Aurora cluster fails over to a reader in another zone; with only
      // a writer it waits for a new one.
      if (MemberCount(ctx, r) == 1) {
        out.Report(r, "", "DB cluster has one instance (no reader to fail over to in "
                          "another Availability Zone)");
      }
      return;
    }
    const Json* v = Get(r.properties, "MultiAZ");
    if (v != nullptr && !AsBool(v)) return;
    if (!AsBool(v).value_or(false)) {
      out.Report(r, "Properties.MultiAZ", "DB instance runs in a single Availability Zone");
    }
  });
}

void CheckRdsDefaultPort(const RuleContext& ctx, Reporter& out) {
  ForEachDatabase(ctx, Members::kSkipped, [&](const ResourceView& r, const std::string& noun) {
    if (!IsMysqlFamily(r)) return;
    const Json* v = Get(r.properties, "Port");
    if (v != nullptr && !AsInt(v)) return;
    if (v == nullptr || *AsInt(v) == 3306) {
      out.Report(r, "Properties.Port", noun + " listens on the default MySQL port 3306");
    }
  });
}

void CheckRdsPlaintextPassword(const RuleContext& ctx, Reporter& out) {
  ForEachDatabase(ctx, Members::kIncluded, [&](const ResourceView& r, const std::string&) {
    auto password = AsString(Get(r.properties, "MasterUserPassword"));
    if (password && password->find("{{resolve:") == std::string::npos) {
      out.Report(r, "Properties.MasterUserPassword",
                 "master password is written in the template in plain text");
    }
  });
}

}  // namespace cdkpp::validate::internal
