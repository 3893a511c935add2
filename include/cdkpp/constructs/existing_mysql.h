#ifndef CDKPP_CONSTRUCTS_EXISTING_MYSQL_H_
#define CDKPP_CONSTRUCTS_EXISTING_MYSQL_H_

#include <optional>
#include <string>

#include "cdkpp/constructs/i_mysql_source.h"
#include "cdkpp/core/construct.h"
#include "cdkpp/core/diagnostic.h"

namespace cdkpp {

/// A MySQL server the stack does not create (config: database.existing):
/// RDS, Aurora, or MySQL on EC2 or on premises.
struct ExistingMySqlProps {
  std::string host;  ///< a host name or IPv4 address
  int port = 3306;
  /// The Secrets Manager secret DMS reads: username, password, host, port.
  std::string secret_arn;
  MySqlEngine engine = MySqlEngine::kMysql;
  /// The server's security group; the stack admits DMS to it on port.
  std::optional<std::string> security_group_id;
  /// The customer-managed key of the secret; DMS may kms:Decrypt with it.
  std::optional<std::string> secret_kms_key_arn;

  Diagnostics Validate() const;
};

/// An existing MySQL source named by host, port and secret. It adds to the
/// template only what admits DMS: an ingress rule on security_group_id.
class ExistingMySql : public Construct, public IMySqlSource {
 public:
  ExistingMySql(Construct& scope, std::string id, ExistingMySqlProps props);

  const ExistingMySqlProps& props() const { return props_; }
  Value EndpointAddress() const override { return Value(props_.host); }
  Value EndpointPort() const override { return Value(std::to_string(props_.port)); }
  int Port() const override { return props_.port; }
  Value SecretArn() const override { return Value(props_.secret_arn); }
  Value SecretKmsKeyArn() const override;
  std::string DmsEngineName() const override { return DmsEngineNameOf(props_.engine); }
  Value SecurityGroupId() const override;
  /// An ingress on security_group_id (none without it); it leaves with the stack.
  void AllowFrom(const CfnResource& peer_security_group, const std::string& description) override;

 private:
  ExistingMySqlProps props_;
};

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_EXISTING_MYSQL_H_
