// CDKPP-SEC-003..009: RDS instances. Modelled on cdk-nag AwsSolutions-RDS2/3/
// 10/11/13 and cfn_nag F22/F23/F26. Values given by intrinsics are unknown at
// validation time: the rules stay silent on them rather than guess.
#include "validate/literal.h"
#include "validate/rules.h"

namespace cdkpp::validate::internal {
namespace {

// Aurora instances take encryption, backups and availability from their
// cluster; the instance-level rules do not apply to them.
bool InCluster(const ResourceView& r) {
  return Get(r.properties, "DBClusterIdentifier") != nullptr;
}

bool IsMysqlFamily(const ResourceView& r) {
  auto engine = AsString(Get(r.properties, "Engine"));
  return engine && (*engine == "mysql" || *engine == "mariadb");
}

template <typename Fn>
void ForEachInstance(const RuleContext& ctx, Fn fn) {
  for (const ResourceView* r : ctx.OfType("AWS::RDS::DBInstance")) fn(*r);
}

}  // namespace

void CheckRdsPublic(const RuleContext& ctx, Reporter& out) {
  ForEachInstance(ctx, [&](const ResourceView& r) {
    if (AsBool(Get(r.properties, "PubliclyAccessible")).value_or(false)) {
      out.Report(r, "Properties.PubliclyAccessible",
                 "DB instance is publicly accessible (gets a public IP address)");
    }
  });
}

void CheckRdsStorageEncryption(const RuleContext& ctx, Reporter& out) {
  ForEachInstance(ctx, [&](const ResourceView& r) {
    if (InCluster(r)) return;
    const Json* v = Get(r.properties, "StorageEncrypted");
    if (v != nullptr && !AsBool(v)) return;  // intrinsic: unknown
    if (!AsBool(v).value_or(false)) {
      out.Report(r, "Properties.StorageEncrypted",
                 v == nullptr ? "DB instance storage is not encrypted (StorageEncrypted unset)"
                              : "DB instance storage is not encrypted");
    }
  });
}

void CheckRdsDeletionProtection(const RuleContext& ctx, Reporter& out) {
  ForEachInstance(ctx, [&](const ResourceView& r) {
    if (InCluster(r)) return;
    const Json* v = Get(r.properties, "DeletionProtection");
    if (v != nullptr && !AsBool(v)) return;
    if (!AsBool(v).value_or(false)) {
      out.Report(r, "Properties.DeletionProtection", "DB instance has no deletion protection");
    }
  });
}

void CheckRdsBackups(const RuleContext& ctx, Reporter& out) {
  ForEachInstance(ctx, [&](const ResourceView& r) {
    if (InCluster(r)) return;
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
  ForEachInstance(ctx, [&](const ResourceView& r) {
    if (InCluster(r)) return;
    const Json* v = Get(r.properties, "MultiAZ");
    if (v != nullptr && !AsBool(v)) return;
    if (!AsBool(v).value_or(false)) {
      out.Report(r, "Properties.MultiAZ", "DB instance runs in a single Availability Zone");
    }
  });
}

void CheckRdsDefaultPort(const RuleContext& ctx, Reporter& out) {
  ForEachInstance(ctx, [&](const ResourceView& r) {
    if (!IsMysqlFamily(r)) return;
    const Json* v = Get(r.properties, "Port");
    if (v != nullptr && !AsInt(v)) return;
    if (v == nullptr || *AsInt(v) == 3306) {
      out.Report(r, "Properties.Port", "DB instance listens on the default MySQL port 3306");
    }
  });
}

void CheckRdsPlaintextPassword(const RuleContext& ctx, Reporter& out) {
  ForEachInstance(ctx, [&](const ResourceView& r) {
    auto password = AsString(Get(r.properties, "MasterUserPassword"));
    if (password && password->find("{{resolve:") == std::string::npos) {
      out.Report(r, "Properties.MasterUserPassword",
                 "master password is written in the template in plain text");
    }
  });
}

}  // namespace cdkpp::validate::internal
