#include "cdkpp/constructs/imported_vpc.h"

#include "cdkpp/core/token.h"

namespace cdkpp {
namespace {

ValueList Imports(const std::vector<std::string>& export_names) {
  ValueList out;
  for (const std::string& name : export_names) out.push_back(ImportValue(Value(name)));
  return out;
}

}  // namespace

ImportedVpc::ImportedVpc(Construct& scope, std::string id, ImportedVpcProps props)
    : Construct(scope, std::move(id)), props_(std::move(props)) {
  // RDS and DMS subnet groups need two zones (IVpc's promise).
  if (props_.exports.private_subnet_ids.size() < 2) {
    AddError("expected a network of at least two availability zones, got " +
                 std::to_string(props_.exports.private_subnet_ids.size()),
             "exports.private_subnet_ids");
  }
}

Value ImportedVpc::VpcId() const { return ImportValue(Value(props_.exports.vpc_id)); }

Value ImportedVpc::VpcCidr() const { return ImportValue(Value(props_.exports.vpc_cidr)); }

ValueList ImportedVpc::PublicSubnetIds() const { return Imports(props_.exports.public_subnet_ids); }

ValueList ImportedVpc::PrivateSubnetIds() const {
  return Imports(props_.exports.private_subnet_ids);
}

int ImportedVpc::AvailabilityZoneCount() const {
  return static_cast<int>(props_.exports.private_subnet_ids.size());
}

}  // namespace cdkpp
