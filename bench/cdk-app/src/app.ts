// examples/pipeline.yaml's pipeline as an AWS CDK app: the same 43 resources
// (VPC with 2 public + 2 private subnets and 1 NAT gateway, RDS MySQL with a
// generated secret and binlog parameters, Kinesis stream, DMS roles, instance,
// endpoints and CDC task, log group, SNS topic and two CDC latency alarms).
// bench/synth_bench.py runs `node dist/app.js OUT_DIR` next to `cdkpp synth`.
import { App, CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as dms from 'aws-cdk-lib/aws-dms';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sns from 'aws-cdk-lib/aws-sns';

const outdir = process.argv[2] ?? 'cdk.out';
const app = new App({ outdir, context: { 'aws:cdk:enable-path-metadata': true } });
const stack = new Stack(app, 'DmsMysqlKinesisCloudwatch1Stack', {
  description: 'MySQL to Kinesis CDC pipeline with AWS DMS',
});

const vpc = new ec2.Vpc(stack, 'VPC', {
  ipAddresses: ec2.IpAddresses.cidr('172.16.0.0/16'),
  maxAzs: 2,
  natGateways: 1,
  subnetConfiguration: [
    { name: 'Public', subnetType: ec2.SubnetType.PUBLIC },
    { name: 'Private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  ],
  restrictDefaultSecurityGroup: false,
});

const dbSecurityGroup = new ec2.SecurityGroup(stack, 'DatabaseSecurityGroup', {
  vpc,
  description: 'MySQL source for DMS',
});
dbSecurityGroup.addIngressRule(ec2.Peer.ipv4('0.0.0.0/0'), ec2.Port.tcp(3306), 'MySQL');
const database = new rds.DatabaseInstance(stack, 'Database', {
  engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0_43 }),
  instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
  publiclyAccessible: true,
  securityGroups: [dbSecurityGroup],
  allocatedStorage: 20,
  databaseName: 'mydb',
  credentials: rds.Credentials.fromGeneratedSecret('admin'),
  backupRetention: Duration.days(1),
  multiAz: false,
  storageEncrypted: true,
  deletionProtection: false,
  removalPolicy: RemovalPolicy.SNAPSHOT,
  parameters: { binlog_format: 'ROW', binlog_row_image: 'FULL', binlog_checksum: 'NONE' },
});

const stream = new kinesis.Stream(stack, 'Stream', {
  streamName: 'mysql-cdc-stream',
  shardCount: 1,
  retentionPeriod: Duration.hours(24),
  encryption: kinesis.StreamEncryption.MANAGED,
});

const dmsPrincipal = new iam.ServicePrincipal('dms.amazonaws.com');
const dmsVpcRole = new iam.Role(stack, 'DmsVpcRole', {
  roleName: 'dms-vpc-role',
  assumedBy: dmsPrincipal,
  managedPolicies: [
    iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonDMSVPCManagementRole'),
  ],
});
const dmsLogsRole = new iam.Role(stack, 'DmsCloudWatchLogsRole', {
  roleName: 'dms-cloudwatch-logs-role',
  assumedBy: dmsPrincipal,
  managedPolicies: [
    iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonDMSCloudWatchLogsRole'),
  ],
});
new logs.LogGroup(stack, 'LogGroup', {
  logGroupName: 'dms-tasks-mysql-cdc-replication',
  retention: logs.RetentionDays.ONE_WEEK,
  removalPolicy: RemovalPolicy.DESTROY,
});
const replicationSecurityGroup = new ec2.SecurityGroup(stack, 'ReplicationSecurityGroup', {
  vpc,
  description: 'DMS replication instance',
});
database.connections.allowDefaultPortFrom(replicationSecurityGroup);

const subnetGroup = new dms.CfnReplicationSubnetGroup(stack, 'ReplicationSubnetGroup', {
  replicationSubnetGroupDescription: 'DMS replication subnets',
  subnetIds: vpc.privateSubnets.map((s) => s.subnetId),
});
subnetGroup.node.addDependency(dmsVpcRole);
const instance = new dms.CfnReplicationInstance(stack, 'ReplicationInstance', {
  replicationInstanceClass: 'dms.t3.micro',
  replicationInstanceIdentifier: 'mysql-cdc-replication',
  replicationSubnetGroupIdentifier: subnetGroup.ref,
  vpcSecurityGroupIds: [replicationSecurityGroup.securityGroupId],
  publiclyAccessible: false,
  allocatedStorage: 50,
});
instance.node.addDependency(dmsLogsRole);

const secretRole = new iam.Role(stack, 'SecretAccessRole', {
  assumedBy: new iam.ServicePrincipal(`dms.${stack.region}.amazonaws.com`),
});
database.secret!.grantRead(secretRole);
const source = new dms.CfnEndpoint(stack, 'SourceEndpoint', {
  endpointType: 'source',
  engineName: 'mysql',
  mySqlSettings: {
    secretsManagerSecretId: database.secret!.secretArn,
    secretsManagerAccessRoleArn: secretRole.roleArn,
  },
});
const streamRole = new iam.Role(stack, 'StreamAccessRole', { assumedBy: dmsPrincipal });
stream.grantWrite(streamRole);
const target = new dms.CfnEndpoint(stack, 'TargetEndpoint', {
  endpointType: 'target',
  engineName: 'kinesis',
  kinesisSettings: {
    streamArn: stream.streamArn,
    serviceAccessRoleArn: streamRole.roleArn,
    messageFormat: 'json',
  },
});
const task = new dms.CfnReplicationTask(stack, 'ReplicationTask', {
  migrationType: 'cdc',
  replicationInstanceArn: instance.ref,
  sourceEndpointArn: source.ref,
  targetEndpointArn: target.ref,
  tableMappings: JSON.stringify({
    rules: [{
      'rule-type': 'selection', 'rule-id': '1', 'rule-name': '1', 'rule-action': 'include',
      'object-locator': { 'schema-name': 'mydb', 'table-name': '%' },
    }],
  }),
  replicationTaskSettings: JSON.stringify({ Logging: { EnableLogging: true } }),
});

const topic = new sns.Topic(stack, 'AlarmTopic');
for (const metricName of ['CDCLatencySource', 'CDCLatencyTarget']) {
  const metric = new cloudwatch.Metric({
    namespace: 'AWS/DMS',
    metricName,
    dimensionsMap: {
      ReplicationInstanceIdentifier: 'mysql-cdc-replication',
      ReplicationTaskIdentifier: task.ref,
    },
    period: Duration.minutes(1),
    statistic: 'Maximum',
  });
  const alarm = new cloudwatch.Alarm(stack, metricName, {
    metric,
    threshold: 300,
    evaluationPeriods: 5,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
  alarm.addAlarmAction({ bind: () => ({ alarmActionArn: topic.topicArn }) });
}

new CfnOutput(stack, 'DatabaseEndpoint', { value: database.dbInstanceEndpointAddress });
new CfnOutput(stack, 'DatabasePort', { value: database.dbInstanceEndpointPort });
new CfnOutput(stack, 'DatabaseSecretArn', { value: database.secret!.secretArn });
new CfnOutput(stack, 'StreamName', { value: stream.streamName });
new CfnOutput(stack, 'StreamArn', { value: stream.streamArn });
new CfnOutput(stack, 'ReplicationTaskArn', { value: task.ref });
new CfnOutput(stack, 'DmsLogGroupName', { value: 'dms-tasks-mysql-cdc-replication' });
new CfnOutput(stack, 'AlarmTopicArn', { value: topic.topicArn });

app.synth();
