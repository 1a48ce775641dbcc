'use strict';
// Beyond the seed: a gRPC behavior (all methods, HTTP/2 and 3), real-time logs to a Kinesis stream
// known by its ARN (through the role the CDK creates for CloudFront), and the additional metrics
// of the distribution.
const { cdk, makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'GrpcRealtimeLogsStack');

const stream = kinesis.Stream.fromStreamArn(stack, 'LogStream',
  'arn:aws:kinesis:us-east-1:123456789012:stream/cloudfront-logs');
const logs = new cloudfront.RealtimeLogConfig(stack, 'RealtimeLogs', {
  endPoints: [cloudfront.Endpoint.fromKinesisStream(stream)],
  fields: ['timestamp', 'c-ip', 'sc-status', 'cs-uri-stem', 'time-taken'],
  samplingRate: 100,
});
new cloudfront.Distribution(stack, 'myDist', {
  defaultBehavior: {
    origin: new origins.HttpOrigin('www.example.com'),
    realtimeLogConfig: logs,
  },
  additionalBehaviors: {
    '/grpc.Service/*': {
      origin: new origins.HttpOrigin('grpc.example.com', {
        readTimeout: cdk.Duration.seconds(30),
        responseCompletionTimeout: cdk.Duration.seconds(120),
        ipAddressType: cloudfront.OriginIpAddressType.IPV4,
      }),
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      enableGrpc: true,
      realtimeLogConfig: logs,
    },
  },
  httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
  publishAdditionalMetrics: true,
});

synthAndWrite(app, 'grpc-and-realtime-logs');
