#ifndef CDKPP_CONSTRUCTS_I_MYSQL_SOURCE_H_
#define CDKPP_CONSTRUCTS_I_MYSQL_SOURCE_H_

#include <string>

#include "cdkpp/core/cfn_resource.h"
#include "cdkpp/core/value.h"

namespace cdkpp {

/// The MySQL flavour of a database; it fixes the DMS engine name.
enum class MySqlEngine { kMysql, kAuroraMysql };

/// The AWS::DMS::Endpoint EngineName of engine: "mysql", or "aurora" for
/// Aurora MySQL.
inline const char* DmsEngineNameOf(MySqlEngine engine) {
  return engine == MySqlEngine::kAuroraMysql ? "aurora" : "mysql";
}

/// A MySQL-compatible server DMS reads changes from, as AWS CDK's
/// rds.IDatabaseInstance: a database this stack creates (RdsMysql, an Aurora
/// cluster) or one it only names (an existing server). The credentials are
/// always in a Secrets Manager secret that DMS reads itself; templates never
/// hold them.
class IMySqlSource {
 public:
  virtual ~IMySqlSource() = default;

  /// The host name or address clients connect to (a token or a literal).
  virtual Value EndpointAddress() const = 0;
  /// The port as the template shows it (for outputs).
  virtual Value EndpointPort() const = 0;
  /// The port as a number, for security group rules.
  virtual int Port() const = 0;
  /// The ARN of the secret with username, password, host and port.
  virtual Value SecretArn() const = 0;
  /// The ARN of the customer-managed KMS key of the secret; null when the
  /// secret uses the AWS-managed key (readers need no kms:Decrypt then).
  virtual Value SecretKmsKeyArn() const = 0;
  /// What a reader of the secret's connection fields must depend on (the
  /// attachment that writes host and port into it), or nullptr.
  virtual const CfnResource* SecretReady() const { return nullptr; }
  /// The AWS::DMS::Endpoint EngineName: "mysql" or "aurora" (Aurora MySQL).
  virtual std::string DmsEngineName() const = 0;
  /// The security group in front of the server, or null when the stack does
  /// not know it (then nothing can be admitted to it).
  virtual Value SecurityGroupId() const = 0;
  /// Opens Port() on the server's security group to peer_security_group. A
  /// no-op when SecurityGroupId() is null. REQUIRES: the peer is in this stack.
  virtual void AllowFrom(const CfnResource& peer_security_group,
                         const std::string& description) = 0;
};

}  // namespace cdkpp

#endif  // CDKPP_CONSTRUCTS_I_MYSQL_SOURCE_H_
