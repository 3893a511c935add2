// Reads the picture's boxes and arrows off the synthesized template: each
// construct's main resources carry the configured values as properties.
#include "cdkpp/graph/architecture.h"

#include <fmt/format.h>

namespace cdkpp::graph {
namespace {

const Json& Properties(const Json& resource) {
  static const Json kEmpty = Json::object();
  auto it = resource.find("Properties");
  return it != resource.end() && it->is_object() ? *it : kEmpty;
}

std::string Text(const Json& properties, const char* key, const std::string& fallback = "") {
  auto it = properties.find(key);
  if (it == properties.end()) return fallback;
  return it->is_string() ? it->get<std::string>() : it->dump();
}

struct Subnets {
  std::vector<std::string> public_cidrs;
  std::vector<std::string> private_cidrs;
};

std::string SubnetLabel(const char* kind, const std::vector<std::string>& cidrs) {
  std::string list;
  for (const auto& cidr : cidrs) list += (list.empty() ? "" : ", ") + cidr;
  return fmt::format("{} subnets ({} AZs)\n{}", kind, cidrs.size(), list);
}

void AddNetwork(const Json& resources, Architecture* out) {
  Subnets subnets;
  std::string vpc_cidr;
  int nat_gateways = 0;
  for (const auto& [id, resource] : resources.items()) {
    const std::string type = resource.value("Type", "");
    const Json& p = Properties(resource);
    if (type == "AWS::EC2::VPC") vpc_cidr = Text(p, "CidrBlock");
    if (type == "AWS::EC2::NatGateway") ++nat_gateways;
    if (type == "AWS::EC2::Subnet") {
      (p.value("MapPublicIpOnLaunch", false) ? subnets.public_cidrs : subnets.private_cidrs)
          .push_back(Text(p, "CidrBlock"));
    }
  }
  if (vpc_cidr.empty()) return;
  out->groups.push_back({"vpc", "VPC " + vpc_cidr, ""});
  out->groups.push_back({"public", SubnetLabel("public", subnets.public_cidrs), "vpc"});
  out->groups.push_back({"private", SubnetLabel("private", subnets.private_cidrs), "vpc"});
  out->nodes.push_back({"internet", "Internet gateway", "vpc"});
  if (nat_gateways > 0) {
    out->nodes.push_back({"nat", fmt::format("NAT gateway x{}", nat_gateways), "public"});
  }
}

// The subnet group a node sits in ("" when the template has no VPC).
std::string Zone(const Architecture& out, bool is_public) {
  return out.groups.empty() ? "" : (is_public ? "public" : "private");
}

// The source database: an RDS instance, or an Aurora cluster whose member
// instances hang off it (they take engine, storage and port from it).
struct Database {
  std::string id;
  bool is_public = false;
  std::vector<std::string> members;  // Aurora instances
};

void AddDatabaseNode(const std::string& id, const std::string& type, const Json& p,
                     Architecture* out, Database* database) {
  bool is_public = p.value("PubliclyAccessible", false);
  if (type == "AWS::RDS::DBCluster") {
    database->id = id;
    out->nodes.push_back({id,
                          fmt::format("Aurora MySQL {}\nport {}, backups {} days",
                                      Text(p, "EngineVersion"), Text(p, "Port", "3306"),
                                      Text(p, "BackupRetentionPeriod", "1")),
                          Zone(*out, false)});
  } else if (p.contains("DBClusterIdentifier")) {
    database->members.push_back(id);
    database->is_public = database->is_public || is_public;
    out->nodes.push_back({id, "Aurora instance\n" + Text(p, "DBInstanceClass"),
                          Zone(*out, is_public)});
  } else {
    database->id = id;
    database->is_public = is_public;
    out->nodes.push_back(
        {id,
         fmt::format("RDS MySQL {}\n{}, {} GiB{}", Text(p, "EngineVersion"),
                     Text(p, "DBInstanceClass"), Text(p, "AllocatedStorage"),
                     p.value("MultiAZ", false) ? ", Multi-AZ" : ""),
         Zone(*out, is_public)});
  }
}

// DMS: a replication instance (its tasks hang off it) or a DMS Serverless
// replication config, which is both.
void AddDmsNode(const std::string& id, const std::string& type, const Json& p, Architecture* out,
                std::string* dms) {
  if (type == "AWS::DMS::ReplicationInstance") {
    *dms = id;
    out->nodes.push_back({id, fmt::format("AWS DMS {}\n{}", Text(p, "ReplicationInstanceClass"),
                                          Text(p, "ReplicationInstanceIdentifier")),
                          Zone(*out, false)});
  } else if (type == "AWS::DMS::ReplicationConfig") {
    *dms = id;
    const Json& compute = p.contains("ComputeConfig") ? p["ComputeConfig"] : Json::object();
    out->nodes.push_back({id,
                          fmt::format("DMS Serverless {}-{} DCU\n{}, {}",
                                      Text(compute, "MinCapacityUnits", "?"),
                                      Text(compute, "MaxCapacityUnits"),
                                      Text(p, "ReplicationConfigIdentifier"),
                                      Text(p, "ReplicationType")),
                          Zone(*out, false)});
  } else {  // a task
    out->nodes.push_back({id, "DMS task\n" + Text(p, "MigrationType"), ""});
    if (!dms->empty()) out->edges.push_back({*dms, id, "runs", EdgeStyle::kControl});
  }
}

}  // namespace

Architecture BuildArchitecture(const std::string& stack_name, const Json& template_json) {
  Architecture out;
  out.title = stack_name;
  const Json resources = template_json.value("Resources", Json::object());
  AddNetwork(resources, &out);
  std::string dms, stream, topic, secret, logs;
  Database database;
  std::vector<std::pair<std::string, bool>> alarms;  // id, watches the stream
  for (const auto& [id, resource] : resources.items()) {
    const std::string type = resource.value("Type", "");
    const Json& p = Properties(resource);
    if (type == "AWS::RDS::DBInstance" || type == "AWS::RDS::DBCluster") {
      AddDatabaseNode(id, type, p, &out, &database);
    } else if (type.rfind("AWS::DMS::Replication", 0) == 0 &&
               type != "AWS::DMS::ReplicationSubnetGroup") {
      AddDmsNode(id, type, p, &out, &dms);
    } else if (type == "AWS::Kinesis::Stream") {
      stream = id;
      std::string mode = p.contains("StreamModeDetails")
                             ? Text(p["StreamModeDetails"], "StreamMode", "PROVISIONED")
                             : "PROVISIONED";
      std::string capacity = mode == "ON_DEMAND" ? std::string("on-demand")
                                                 : Text(p, "ShardCount", "1") + " shard(s)";
      out.nodes.push_back({id, fmt::format("Kinesis {}\n{}, {} h retention", Text(p, "Name"),
                                           capacity, Text(p, "RetentionPeriodHours", "24")),
                           ""});
    } else if (type == "AWS::SecretsManager::Secret") {
      secret = id;
      out.nodes.push_back({id, "Secrets Manager\nmaster secret", ""});
    } else if (type == "AWS::Logs::LogGroup" && id.rfind("Replication", 0) == 0) {
      logs = id;
      out.nodes.push_back({id, fmt::format("CloudWatch Logs\n{} ({} days)", Text(p, "LogGroupName"),
                                           Text(p, "RetentionInDays")),
                           ""});
    } else if (type == "AWS::CloudWatch::Alarm") {
      alarms.emplace_back(id, Text(p, "Namespace") == "AWS/Kinesis");
      out.nodes.push_back({id, fmt::format("alarm {}\n{} {} {}", Text(p, "MetricName"),
                                           Text(p, "Statistic"), Text(p, "ComparisonOperator"),
                                           Text(p, "Threshold")),
                           ""});
    } else if (type == "AWS::SNS::Topic") {
      topic = id;
      out.nodes.push_back({id, "SNS topic\nalarm notifications", ""});
    } else if (type == "AWS::SNS::Subscription") {
      out.nodes.push_back({id, fmt::format("{}\n{}", Text(p, "Protocol"), Text(p, "Endpoint")), ""});
      if (!topic.empty()) out.edges.push_back({topic, id, "notifies", EdgeStyle::kAlarm});
    }
  }
  for (const auto& member : database.members) {
    if (!database.id.empty()) out.edges.push_back({database.id, member, "instance", EdgeStyle::kControl});
  }
  if (!database.id.empty() && !dms.empty()) {
    out.edges.push_back({database.id, dms, "binlog (CDC)", EdgeStyle::kData});
  }
  if (!dms.empty() && !stream.empty()) {
    out.edges.push_back({dms, stream, "change records", EdgeStyle::kData});
  }
  if (!secret.empty() && !dms.empty()) {
    out.edges.push_back({secret, dms, "credentials", EdgeStyle::kControl});
  }
  if (!dms.empty() && !logs.empty()) out.edges.push_back({dms, logs, "task logs", EdgeStyle::kControl});
  for (const auto& [alarm, watches_stream] : alarms) {
    const std::string& source = watches_stream ? stream : dms;
    if (!source.empty()) out.edges.push_back({source, alarm, "metrics", EdgeStyle::kAlarm});
    if (!topic.empty()) out.edges.push_back({alarm, topic, "alarm / OK", EdgeStyle::kAlarm});
  }
  if (!out.groups.empty() && database.is_public && !database.id.empty()) {
    out.edges.push_back({"internet", database.id, "clients (allowedCidrs)", EdgeStyle::kControl});
  }
  return out;
}

}  // namespace cdkpp::graph
