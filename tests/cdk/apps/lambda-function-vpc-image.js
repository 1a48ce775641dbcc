'use strict';
// Lambda functions in a VPC (with the security group given, and with the one the CDK creates)
// and a function whose code is a container image of an ECR repository: what the Lambda@Edge
// rules refuse, rendered as the CDK renders them.
const { makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecr = require('aws-cdk-lib/aws-ecr');

const app = makeApp();
const stack = makeStack(app, 'LambdaFunctionVpcImageStack');
const code = lambda.Code.fromInline('exports.handler = async (e) => e;');

const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
  vpcId: 'vpc-0123456789abcdef0',
  availabilityZones: ['us-east-1a', 'us-east-1b'],
  privateSubnetIds: ['subnet-0aaaaaaaaaaaaaaaa', 'subnet-0bbbbbbbbbbbbbbbb'],
});
const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0');
const inVpc = new lambda.Function(stack, 'InVpc', {
  runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code, vpc, securityGroups: [sg],
});
inVpc.currentVersion;
new lambda.Function(stack, 'OwnSg', {
  runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code, vpc,
});

const repo = ecr.Repository.fromRepositoryName(stack, 'Repo', 'my-repo');
const image = new lambda.Function(stack, 'Image', {
  runtime: lambda.Runtime.FROM_IMAGE,
  handler: lambda.Handler.FROM_IMAGE,
  code: lambda.Code.fromEcrImage(repo, { tagOrDigest: 'v1' }),
});
image.currentVersion;

synthAndWrite(app, 'lambda-function-vpc-image');
