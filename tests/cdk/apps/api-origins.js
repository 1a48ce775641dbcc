'use strict';
// API origins: a REST API behind `origins.RestApiOrigin` (domain and origin path, the stage, cut
// out of the API's URL), imported by id with its stage, and one of the template by logical id;
// an HTTP API and an AppSync GraphQL API of the template behind `origins.HttpOrigin` over
// `Fn.select(2, Fn.split('/', url))`, the idiom CDK apps use for them.
const { cdk, makeApp, makeStack, synthAndWrite } = require('../lib/harness');
const apigateway = require('aws-cdk-lib/aws-apigateway');
const apigwv2 = require('aws-cdk-lib/aws-apigatewayv2');
const appsync = require('aws-cdk-lib/aws-appsync');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');

const app = makeApp();
const stack = makeStack(app, 'ApiOriginsStack');

const rest = apigateway.RestApi.fromRestApiAttributes(stack, 'Rest', {
  restApiId: 'a1b2c3d4e5',
  rootResourceId: 'r00tr3s0rc',
});
rest.deploymentStage = apigateway.Stage.fromStageAttributes(stack, 'RestStage', {
  restApi: rest,
  stageName: 'prod',
});
const http = new apigwv2.CfnApi(stack, 'HttpApi', { name: 'orders', protocolType: 'HTTP' });
const graphql = new appsync.CfnGraphQLApi(stack, 'GraphqlApi', {
  name: 'catalog',
  authenticationType: 'AWS_IAM',
});
new cloudfront.Distribution(stack, 'Cdn', {
  defaultBehavior: { origin: new origins.RestApiOrigin(rest) },
  additionalBehaviors: {
    '/orders/*': {
      origin: new origins.RestApiOrigin(rest, {
        originPath: '/v2',
        readTimeout: cdk.Duration.seconds(45),
      }),
    },
    '/http/*': { origin: new origins.HttpOrigin(cdk.Fn.select(2, cdk.Fn.split('/', http.attrApiEndpoint))) },
    '/graphql': {
      origin: new origins.HttpOrigin(cdk.Fn.select(2, cdk.Fn.split('/', graphql.attrGraphQlUrl))),
    },
  },
});
synthAndWrite(app, 'api-origins');
