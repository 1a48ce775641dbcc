'use strict';
// Beyond the seed: VPC origins. An internal Application Load Balancer, a Network Load Balancer
// and an EC2 instance in private subnets, each reached through the VPC origin the CDK creates for
// it, and a VPC origin of the stack's own used by a fourth behavior.
const { cdk, makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'VpcOriginStack');

const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
const alb = new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc, internetFacing: false });
const nlb = new elbv2.NetworkLoadBalancer(stack, 'Nlb', {
  vpc,
  internetFacing: false,
  securityGroups: [new ec2.SecurityGroup(stack, 'NlbSecurityGroup', { vpc })],
});
const instance = new ec2.Instance(stack, 'Instance', {
  vpc,
  instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
  machineImage: ec2.MachineImage.genericLinux({ 'us-east-1': 'ami-0123456789abcdef0' }),
});
const reports = new cloudfront.VpcOrigin(stack, 'ReportsVpcOrigin', {
  endpoint: cloudfront.VpcOriginEndpoint.applicationLoadBalancer(alb),
  vpcOriginName: 'reports',
  protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
});
new cloudfront.Distribution(stack, 'myDist', {
  defaultBehavior: {
    origin: origins.VpcOrigin.withApplicationLoadBalancer(alb, {
      httpPort: 8080,
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTP_ONLY,
      readTimeout: cdk.Duration.seconds(60),
      keepaliveTimeout: cdk.Duration.seconds(30),
    }),
  },
  additionalBehaviors: {
    '/tcp/*': { origin: origins.VpcOrigin.withNetworkLoadBalancer(nlb, { vpcOriginName: 'tcp-service' }) },
    '/box/*': { origin: origins.VpcOrigin.withEc2Instance(instance) },
    '/reports/*': {
      origin: origins.VpcOrigin.withVpcOrigin(reports, { domainName: 'reports.internal.example.com' }),
    },
  },
});

synthAndWrite(app, 'vpc-origin');
