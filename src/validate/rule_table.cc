// The rule table: every rule's id, severity, explanation and fix, in id order.
// docs/validate-rules.md is this table in prose; a test keeps them in step.
#include "validate/rules.h"

namespace cdkpp::validate::internal {

const std::vector<Rule>& Rules() {
  using S = Severity;
  using G = RuleGroup;
  // Constant data built once on first use; never mutated.
  static const std::vector<Rule> kRules = {
      // Template structure and references (no schema needed).
      {{"CDKPP-CFN-001", S::kError,
        "The template's shape is wrong: not an object, unknown top-level section, no or empty "
        "Resources, a resource without Type, an unknown resource attribute, an output without "
        "Value or a parameter without Type",
        "Follow the CloudFormation template anatomy: only the documented sections and resource "
        "attributes, a Type on every resource, a Value on every output"},
       G::kTemplate, CheckStructure},
      {{"CDKPP-CFN-002", S::kError, "A Ref names no parameter, resource or pseudo parameter",
        "Declare the parameter or resource, or fix the logical id in the Ref"},
       G::kTemplate, CheckRefTargets},
      {{"CDKPP-CFN-003", S::kError, "An Fn::GetAtt names a resource the template does not declare",
        "Declare the resource, or fix the logical id in the Fn::GetAtt"},
       G::kTemplate, CheckGetAttTargets},
      {{"CDKPP-CFN-004", S::kError, "A DependsOn names a resource the template does not declare",
        "Remove the DependsOn entry or fix its logical id"},
       G::kTemplate, CheckDependsOnTargets},
      {{"CDKPP-CFN-005", S::kError,
        "A Condition, Fn::If or condition reference names a condition not in Conditions",
        "Declare the condition under Conditions, or fix its name"},
       G::kTemplate, CheckConditionNames},
      {{"CDKPP-CFN-006", S::kError,
        "An Fn::Sub ${Name} or ${Name.Attr} names no parameter, resource, pseudo parameter or "
        "Sub variable",
        "Declare it, pass it in the Fn::Sub variable map, or escape a literal as ${!Name}"},
       G::kTemplate, CheckSubVariables},
      {{"CDKPP-CFN-007", S::kError,
        "Resources depend on each other in a cycle (through Ref, Fn::GetAtt, Fn::Sub or "
        "DependsOn); CloudFormation rejects the template",
        "Break the cycle: move the mutual reference into a separate resource (for example an "
        "AWS::EC2::SecurityGroupIngress instead of an inline rule) or drop a DependsOn"},
       G::kTemplate, CheckDependencyCycles},
      {{"CDKPP-CFN-008", S::kError,
        "A logical id is not alphanumeric (A-Za-z0-9) or is longer than 255 characters",
        "Rename the element with letters and digits only, at most 255 characters"},
       G::kTemplate, CheckLogicalIds},
      {{"CDKPP-CFN-009", S::kError, "The template declares more than 500 resources",
        "Split the stack into several stacks (or nested stacks)"},
       G::kTemplate, CheckResourceCount},
      {{"CDKPP-CFN-010", S::kError, "The template declares more than 200 outputs",
        "Remove outputs or split the stack"},
       G::kTemplate, CheckOutputCount},
      {{"CDKPP-CFN-011", S::kError, "The template declares more than 200 parameters",
        "Remove parameters (use mappings or SSM parameters) or split the stack"},
       G::kTemplate, CheckParameterCount},
      {{"CDKPP-CFN-012", S::kError, "The template declares more than 200 mappings",
        "Merge mappings or split the stack"},
       G::kTemplate, CheckMappingCount},
      {{"CDKPP-CFN-013", S::kError,
        "The template is larger than 1 MB (1,000,000 bytes), the limit even through S3",
        "Split the stack into several stacks"},
       G::kTemplate, CheckTemplateSizeHard},
      {{"CDKPP-CFN-014", S::kWarning,
        "The template is larger than 51,200 bytes: `aws cloudformation deploy` rejects it "
        "inline",
        "Deploy through S3: `aws cloudformation deploy --s3-bucket BUCKET ...`"},
       G::kTemplate, CheckTemplateSizeInline},
      {{"CDKPP-CFN-015", S::kError,
        "The template uses more than 60 dynamic references ({{resolve:...}})",
        "Reference fewer secrets/parameters per stack, or split the stack"},
       G::kTemplate, CheckDynamicReferences},
      {{"CDKPP-CFN-016", S::kError, "The Description is not a string or is longer than 1,024 bytes",
        "Shorten the Description to at most 1,024 bytes"},
       G::kTemplate, CheckDescriptionLength},
      {{"CDKPP-CFN-017", S::kError,
        "An intrinsic function is unknown (Fn::Concat) or has malformed arguments (Fn::Join "
        "without a list, Fn::Select with a non-integer index, Fn::If without three items...)",
        "Use a CloudFormation intrinsic function with the argument shape its reference states"},
       G::kTemplate, CheckIntrinsicFunctions},
      {{"CDKPP-CFN-018", S::kError,
        "An Fn::FindInMap names a mapping, top-level key or second-level key the Mappings "
        "section does not declare (and gives no DefaultValue)",
        "Declare the mapping entry, or fix the names in the Fn::FindInMap"},
       G::kTemplate, CheckFindInMap},
      {{"CDKPP-CFN-019", S::kError,
        "A parameter declares a type that does not exist, or a Default outside its "
        "AllowedValues",
        "Use a documented parameter type (String, Number, CommaDelimitedList, AWS::...) and a "
        "Default from AllowedValues"},
       G::kTemplate, CheckParameterDeclarations},

      // Resource schemas (the official CloudFormation provider schemas).
      {{"CDKPP-SCH-001", S::kError, "A resource type does not exist in CloudFormation",
        "Fix the type name (e.g. AWS::Kinesis::Stream); custom resources start with Custom::"},
       G::kSchema, CheckResourceTypes},
      {{"CDKPP-SCH-002", S::kError,
        "A property is not defined by the resource type's schema",
        "Fix the property name's spelling and case, or remove it"},
       G::kSchema, CheckSchemaProperties},
      {{"CDKPP-SCH-003", S::kError, "A property the resource type requires is missing",
        "Add the required property"},
       G::kSchema, nullptr},
      {{"CDKPP-SCH-004", S::kError,
        "A property value has the wrong type (string, integer, number, boolean, array, object)",
        "Give a value of the type the schema states"},
       G::kSchema, nullptr},
      {{"CDKPP-SCH-005", S::kError, "A property value is not one of the values the schema allows",
        "Use one of the listed values (they are case-sensitive)"},
       G::kSchema, nullptr},
      {{"CDKPP-SCH-006", S::kError, "A string property does not match the schema's pattern",
        "Change the value to match the pattern"},
       G::kSchema, nullptr},
      {{"CDKPP-SCH-007", S::kError,
        "A value is outside the schema's range: number below minimum / above maximum, string "
        "or list too short or too long",
        "Bring the value within the stated range"},
       G::kSchema, nullptr},
      {{"CDKPP-SCH-008", S::kError,
        "An Fn::GetAtt (or Fn::Sub ${Res.Attr}) reads an attribute the resource type does not "
        "have",
        "Use one of the type's attributes (its schema's readOnlyProperties)"},
       G::kSchema, CheckGetAttAttributes},
      {{"CDKPP-SCH-009", S::kWarning,
        "A read-only property (one CloudFormation sets, e.g. Arn) is given a value that never "
        "takes effect",
        "Remove the property; read it with Fn::GetAtt instead"},
       G::kSchema, nullptr},

      // Security rule pack (cdk-nag AwsSolutions / cfn_nag inspired).
      {{"CDKPP-SEC-001", S::kWarning,
        "A VPC has no flow log, so rejected and accepted traffic cannot be investigated",
        "Set vpc.flowLogs: true (adds an AWS::EC2::FlowLog for the VPC)"},
       G::kSecurity, CheckVpcFlowLogs},
      {{"CDKPP-SEC-002", S::kError,
        "A security group allows ingress from the whole internet (0.0.0.0/0 or ::/0)",
        "List only the client networks in database.allowedCidrs (a private CIDR), or none"},
       G::kSecurity, CheckOpenIngress},
      {{"CDKPP-SEC-003", S::kError,
        "An RDS instance is publicly accessible: it gets a public IP address and DNS name",
        "Set database.publiclyAccessible: false (the instance moves to the private subnets)"},
       G::kSecurity, CheckRdsPublic},
      {{"CDKPP-SEC-004", S::kError, "An RDS instance's storage is not encrypted at rest",
        "Set database.storageEncrypted: true (StorageEncrypted; cannot change after creation)"},
       G::kSecurity, CheckRdsStorageEncryption},
      {{"CDKPP-SEC-005", S::kWarning,
        "An RDS instance has no deletion protection: one stack delete destroys the database",
        "Set database.deletionProtection: true"},
       G::kSecurity, CheckRdsDeletionProtection},
      {{"CDKPP-SEC-006", S::kWarning,
        "An RDS instance keeps automated backups fewer than 7 days (or has them off, which also "
        "breaks binlog-based CDC)",
        "Set database.backupRetentionDays to 7 or more"},
       G::kSecurity, CheckRdsBackups},
      {{"CDKPP-SEC-007", S::kWarning,
        "An RDS instance runs in a single Availability Zone: an AZ outage stops the source",
        "Set database.multiAz: true"},
       G::kSecurity, CheckRdsMultiAz},
      {{"CDKPP-SEC-008", S::kInfo,
        "A MySQL/MariaDB RDS instance listens on the default port 3306, the first one scanners "
        "try",
        "Set database.port to a non-default port (e.g. 3307)"},
       G::kSecurity, CheckRdsDefaultPort},
      {{"CDKPP-SEC-009", S::kError,
        "An RDS master password is written in the template in plain text",
        "Generate it in Secrets Manager and use a {{resolve:secretsmanager:...}} reference"},
       G::kSecurity, CheckRdsPlaintextPassword},
      {{"CDKPP-SEC-010", S::kError, "A Kinesis stream is not encrypted at rest with KMS",
        "Set stream.encryption: kms (StreamEncryption EncryptionType KMS)"},
       G::kSecurity, CheckKinesisEncryption},
      {{"CDKPP-SEC-011", S::kWarning,
        "A Secrets Manager secret is never rotated",
        "Set database.secretRotationDays (e.g. 30): adds an AWS::SecretsManager::"
        "RotationSchedule"},
       G::kSecurity, CheckSecretRotation},
      {{"CDKPP-SEC-012", S::kWarning,
        "A Secrets Manager secret uses the AWS-managed key instead of a customer-managed KMS key",
        "Give the secret a KmsKeyId of a customer-managed key (and let readers kms:Decrypt)"},
       G::kSecurity, CheckSecretCmk},
      {{"CDKPP-SEC-013", S::kError,
        "An IAM policy allows wildcard actions (\"*\", \"service:*\", or Allow with NotAction)",
        "List the exact actions the principal needs"},
       G::kSecurity, CheckIamWildcardActions},
      {{"CDKPP-SEC-014", S::kWarning, "An IAM policy allows its actions on Resource \"*\"",
        "Scope Resource to the ARNs the principal needs"},
       G::kSecurity, CheckIamWildcardResources},
      {{"CDKPP-SEC-015", S::kWarning,
        "An AWS-managed policy is attached to an IAM role, user or group (broad and changed by "
        "AWS without notice); the DMS-mandated dms-vpc-role and dms-cloudwatch-logs-role "
        "policies are exempt",
        "Replace it with an inline or customer-managed policy listing the needed actions"},
       G::kSecurity, CheckIamManagedPolicies},
      {{"CDKPP-SEC-016", S::kError,
        "A DMS replication instance is publicly accessible (DMS defaults PubliclyAccessible to "
        "true)",
        "Set PubliclyAccessible: false and place the instance in private subnets"},
       G::kSecurity, CheckDmsPublic},
      {{"CDKPP-SEC-017", S::kWarning, "A CloudWatch log group keeps its logs forever",
        "Set RetentionInDays (monitoring.logRetentionDays)"},
       G::kSecurity, CheckLogGroupRetention},
      {{"CDKPP-SEC-018", S::kWarning, "A CloudWatch log group is not encrypted with a KMS key",
        "Set monitoring.logKmsEncryption: true (KmsKeyId of a key whose policy allows "
        "logs.<region>.amazonaws.com)"},
       G::kSecurity, CheckLogGroupKms},
      {{"CDKPP-SEC-019", S::kWarning,
        "A CloudWatch alarm has no AlarmActions (or has actions disabled): it notifies nobody",
        "Set monitoring.alarmEmail (adds an SNS topic as the alarm action)"},
       G::kSecurity, CheckAlarmActions},

      // Suppressions (applied by the engine itself).
      {{"CDKPP-SUP-001", S::kError, "A suppression has no reason, so it suppresses nothing",
        "Add reason: \"why this exception is acceptable\" to the suppression"},
       G::kSuppression, nullptr},
      {{"CDKPP-SUP-002", S::kError, "A suppression names a rule id that does not exist",
        "Use an id from `cdkpp validate --list-rules`"},
       G::kSuppression, nullptr},
      {{"CDKPP-SUP-003", S::kInfo, "A suppression matched no finding",
        "Remove the stale suppression"},
       G::kSuppression, nullptr},
  };
  return kRules;
}

}  // namespace cdkpp::validate::internal
