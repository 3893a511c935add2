"""A hand-written pipeline template, used only to develop the emulator before
`cdkpp synth` existed. It follows /work/shared/DOMAIN.md's pipeline. Not used by
the end-to-end tests; `python3 dev_template.py OUT.json` writes it."""
import json
import sys


def ref(x):
    return {"Ref": x}


def att(x, a):
    return {"Fn::GetAtt": [x, a]}


def build(shards=1, threshold=300, tables=(("mydb", "%"),), mode="PROVISIONED"):
    r = {}
    r["VPC"] = {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "172.16.0.0/16",
                "EnableDnsHostnames": True, "EnableDnsSupport": True}}
    r["IGW"] = {"Type": "AWS::EC2::InternetGateway"}
    r["VPCGW"] = {"Type": "AWS::EC2::VPCGatewayAttachment",
                  "Properties": {"VpcId": ref("VPC"), "InternetGatewayId": ref("IGW")}}
    for i in range(2):
        az = {"Fn::Select": [i, {"Fn::GetAZs": ""}]}
        r[f"Pub{i}"] = {"Type": "AWS::EC2::Subnet", "Properties": {
            "VpcId": ref("VPC"), "CidrBlock": f"172.16.{i * 64}.0/18", "AvailabilityZone": az,
            "MapPublicIpOnLaunch": True}}
        r[f"Priv{i}"] = {"Type": "AWS::EC2::Subnet", "Properties": {
            "VpcId": ref("VPC"), "CidrBlock": f"172.16.{128 + i * 64}.0/18", "AvailabilityZone": az,
            "MapPublicIpOnLaunch": False}}
        r[f"PubRT{i}"] = {"Type": "AWS::EC2::RouteTable", "Properties": {"VpcId": ref("VPC")}}
        r[f"PubRTA{i}"] = {"Type": "AWS::EC2::SubnetRouteTableAssociation", "Properties": {
            "RouteTableId": ref(f"PubRT{i}"), "SubnetId": ref(f"Pub{i}")}}
        r[f"PubRoute{i}"] = {"Type": "AWS::EC2::Route", "DependsOn": ["VPCGW"], "Properties": {
            "RouteTableId": ref(f"PubRT{i}"), "DestinationCidrBlock": "0.0.0.0/0",
            "GatewayId": ref("IGW")}}
        r[f"PrivRT{i}"] = {"Type": "AWS::EC2::RouteTable", "Properties": {"VpcId": ref("VPC")}}
        r[f"PrivRTA{i}"] = {"Type": "AWS::EC2::SubnetRouteTableAssociation", "Properties": {
            "RouteTableId": ref(f"PrivRT{i}"), "SubnetId": ref(f"Priv{i}")}}
        r[f"PrivRoute{i}"] = {"Type": "AWS::EC2::Route", "Properties": {
            "RouteTableId": ref(f"PrivRT{i}"), "DestinationCidrBlock": "0.0.0.0/0",
            "NatGatewayId": ref("NAT")}}
    r["EIP"] = {"Type": "AWS::EC2::EIP", "DependsOn": ["VPCGW"], "Properties": {"Domain": "vpc"}}
    r["NAT"] = {"Type": "AWS::EC2::NatGateway", "DependsOn": ["PubRTA0"], "Properties": {
        "SubnetId": ref("Pub0"), "AllocationId": att("EIP", "AllocationId")}}
    r["DbSG"] = {"Type": "AWS::EC2::SecurityGroup", "Properties": {
        "GroupDescription": "db", "VpcId": ref("VPC"),
        "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306,
                                  "CidrIp": "0.0.0.0/0"}]}}
    r["DmsSG"] = {"Type": "AWS::EC2::SecurityGroup", "Properties": {
        "GroupDescription": "dms", "VpcId": ref("VPC")}}
    r["DbSubnets"] = {"Type": "AWS::RDS::DBSubnetGroup", "Properties": {
        "DBSubnetGroupDescription": "db", "SubnetIds": [ref("Pub0"), ref("Pub1")]}}
    r["DbParams"] = {"Type": "AWS::RDS::DBParameterGroup", "Properties": {
        "Description": "binlog", "Family": "mysql8.0", "Parameters": {
            "binlog_format": "ROW", "binlog_row_image": "FULL", "binlog_checksum": "NONE"}}}
    r["DbSecret"] = {"Type": "AWS::SecretsManager::Secret", "Properties": {
        "GenerateSecretString": {"SecretStringTemplate": "{\"username\":\"admin\"}",
                                 "GenerateStringKey": "password", "PasswordLength": 30,
                                 "ExcludeCharacters": " %+~`#$&*()|[]{}:;<>?!'/@\"\\"}}}
    dyn = lambda k: {"Fn::Join": ["", ["{{resolve:secretsmanager:", ref("DbSecret"),
                                         f":SecretString:{k}::}}}}"]]}
    r["Db"] = {"Type": "AWS::RDS::DBInstance", "DeletionPolicy": "Snapshot", "Properties": {
        "DBInstanceClass": "db.t3.micro", "Engine": "mysql", "EngineVersion": "8.0.43",
        "AllocatedStorage": "20", "DBName": "mydb", "MasterUsername": dyn("username"),
        "MasterUserPassword": dyn("password"), "DBParameterGroupName": ref("DbParams"),
        "DBSubnetGroupName": ref("DbSubnets"), "PubliclyAccessible": True,
        "BackupRetentionPeriod": 1, "StorageEncrypted": True,
        "VpcSecurityGroupIds": [att("DbSG", "GroupId")]}}
    r["DbSecretAttach"] = {"Type": "AWS::SecretsManager::SecretTargetAttachment", "Properties": {
        "SecretId": ref("DbSecret"), "TargetId": ref("Db"), "TargetType": "AWS::RDS::DBInstance"}}
    dms_trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                 "Principal": {"Service": "dms.amazonaws.com"}}]}
    r["DmsVpcRole"] = {"Type": "AWS::IAM::Role", "Properties": {
        "RoleName": "dms-vpc-role", "AssumeRolePolicyDocument": dms_trust,
        "ManagedPolicyArns": ["arn:aws:iam::aws:policy/service-role/AmazonDMSVPCManagementRole"]}}
    r["DmsLogsRole"] = {"Type": "AWS::IAM::Role", "Properties": {
        "RoleName": "dms-cloudwatch-logs-role", "AssumeRolePolicyDocument": dms_trust,
        "ManagedPolicyArns": ["arn:aws:iam::aws:policy/service-role/AmazonDMSCloudWatchLogsRole"]}}
    r["SecretRole"] = {"Type": "AWS::IAM::Role", "Properties": {
        "AssumeRolePolicyDocument": dms_trust, "Policies": [{"PolicyName": "secret",
        "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Action": ["secretsmanager:GetSecretValue"], "Resource": ref("DbSecret")}]}}]}}
    r["StreamRole"] = {"Type": "AWS::IAM::Role", "Properties": {
        "AssumeRolePolicyDocument": dms_trust, "Policies": [{"PolicyName": "stream",
        "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Action": ["kinesis:PutRecord", "kinesis:PutRecords", "kinesis:DescribeStream"],
        "Resource": att("Stream", "Arn")}]}}]}}
    r["ReplSubnets"] = {"Type": "AWS::DMS::ReplicationSubnetGroup", "DependsOn": ["DmsVpcRole"],
        "Properties": {"ReplicationSubnetGroupDescription": "private",
                       "SubnetIds": [ref("Priv0"), ref("Priv1")]}}
    r["ReplInstance"] = {"Type": "AWS::DMS::ReplicationInstance", "Properties": {
        "ReplicationInstanceClass": "dms.t3.micro",
        "ReplicationInstanceIdentifier": "mysql-cdc-replication", "AllocatedStorage": 50,
        "PubliclyAccessible": False, "ReplicationSubnetGroupIdentifier": ref("ReplSubnets"),
        "VpcSecurityGroupIds": [att("DmsSG", "GroupId")]}}
    r["Source"] = {"Type": "AWS::DMS::Endpoint", "DependsOn": ["DbSecretAttach"], "Properties": {
        "EndpointType": "source", "EngineName": "mysql", "MySqlSettings": {
            "SecretsManagerSecretId": ref("DbSecret"),
            "SecretsManagerAccessRoleArn": att("SecretRole", "Arn")}}}
    r["Target"] = {"Type": "AWS::DMS::Endpoint", "Properties": {
        "EndpointType": "target", "EngineName": "kinesis", "KinesisSettings": {
            "StreamArn": att("Stream", "Arn"), "MessageFormat": "json",
            "ServiceAccessRoleArn": att("StreamRole", "Arn")}}}
    mappings = {"rules": [{"rule-type": "selection", "rule-id": str(i + 1), "rule-name": str(i + 1),
                "object-locator": {"schema-name": s, "table-name": t}, "rule-action": "include"}
               for i, (s, t) in enumerate(tables)]}
    r["Task"] = {"Type": "AWS::DMS::ReplicationTask", "Properties": {
        "MigrationType": "cdc", "ReplicationInstanceArn": ref("ReplInstance"),
        "SourceEndpointArn": ref("Source"), "TargetEndpointArn": ref("Target"),
        "TableMappings": json.dumps(mappings, sort_keys=True),
        "ReplicationTaskSettings": json.dumps({"Logging": {"EnableLogging": True}})}}
    stream_props = {"Name": "mysql-cdc-stream", "RetentionPeriodHours": 24,
                    "StreamModeDetails": {"StreamMode": mode},
                    "StreamEncryption": {"EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"}}
    if mode == "PROVISIONED":
        stream_props["ShardCount"] = shards
    r["Stream"] = {"Type": "AWS::Kinesis::Stream", "Properties": stream_props}
    r["Logs"] = {"Type": "AWS::Logs::LogGroup", "Properties": {
        "LogGroupName": "dms-tasks-mysql-cdc-replication", "RetentionInDays": 7}}
    r["Topic"] = {"Type": "AWS::SNS::Topic", "Properties": {}}
    for m in ("CDCLatencySource", "CDCLatencyTarget"):
        r[f"Alarm{m}"] = {"Type": "AWS::CloudWatch::Alarm", "Properties": {
            "Namespace": "AWS/DMS", "MetricName": m, "Statistic": "Maximum", "Period": 60,
            "EvaluationPeriods": 5, "Threshold": threshold,
            "ComparisonOperator": "GreaterThanThreshold", "AlarmActions": [ref("Topic")],
            "Dimensions": [
                {"Name": "ReplicationInstanceIdentifier", "Value": "mysql-cdc-replication"},
                {"Name": "ReplicationTaskIdentifier",
                 "Value": {"Fn::Select": [6, {"Fn::Split": [":", ref("Task")]}]}}]}}
    outputs = {"DatabaseEndpoint": {"Value": att("Db", "Endpoint.Address")},
               "SecretArn": {"Value": ref("DbSecret")},
               "StreamName": {"Value": ref("Stream")},
               "LogGroupName": {"Value": ref("Logs")},
               "TaskArn": {"Value": ref("Task")}}
    return {"AWSTemplateFormatVersion": "2010-09-09", "Description": "dev", "Resources": r,
            "Outputs": outputs}


if __name__ == "__main__":
    with open(sys.argv[1], "w") as f:
        json.dump(build(), f, indent=1)
