'use strict';
// Beyond the seed: a web distribution with every kind of origin setting, behaviors across two
// origin configurations, a custom origin failing over to another, an origin access identity,
// error configurations, logging to the bucket the construct creates, and the distribution-wide
// settings; and a second one with the deprecated aliasConfiguration.
const { cdk, makeApp, makeStack, synthAndWrite, CERT_ARN_US_EAST_1 } = require('../lib/harness');
const s3 = require('aws-cdk-lib/aws-s3');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');

const app = makeApp();
const stack = makeStack(app, 'WebDistOriginsStack');

const assets = new s3.Bucket(stack, 'Assets');
const oai = new cloudfront.OriginAccessIdentity(stack, 'OAI', { comment: 'assets reader' });
new cloudfront.CloudFrontWebDistribution(stack, 'Site', {
  originConfigs: [
    {
      customOriginSource: {
        domainName: 'api.example.com',
        httpPort: 8080,
        httpsPort: 8443,
        originProtocolPolicy: cloudfront.OriginProtocolPolicy.MATCH_VIEWER,
        originReadTimeout: cdk.Duration.seconds(60),
        originKeepaliveTimeout: cdk.Duration.seconds(10),
        allowedOriginSSLVersions: [cloudfront.OriginSslPolicy.TLS_V1_2, cloudfront.OriginSslPolicy.TLS_V1_1],
        originPath: '/v1',
        originHeaders: { 'X-Origin-Verify': 'secret' },
        originShieldRegion: 'us-east-1',
      },
      failoverCustomOriginSource: { domainName: 'api-backup.example.com' },
      connectionAttempts: 2,
      connectionTimeout: cdk.Duration.seconds(5),
      behaviors: [{
        pathPattern: '/api/*',
        allowedMethods: cloudfront.CloudFrontAllowedMethods.GET_HEAD_OPTIONS,
        cachedMethods: cloudfront.CloudFrontAllowedCachedMethods.GET_HEAD_OPTIONS,
        compress: false,
        minTtl: cdk.Duration.seconds(0),
        defaultTtl: cdk.Duration.seconds(60),
        maxTtl: cdk.Duration.seconds(300),
        forwardedValues: {
          queryString: true,
          queryStringCacheKeys: ['page'],
          cookies: { forward: 'whitelist', whitelistedNames: ['session'] },
          headers: ['Authorization'],
        },
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      }],
    },
    {
      s3OriginSource: { s3BucketSource: assets, originAccessIdentity: oai },
      behaviors: [
        { isDefaultBehavior: true },
        { pathPattern: 'static/*', allowedMethods: cloudfront.CloudFrontAllowedMethods.ALL },
      ],
    },
  ],
  errorConfigurations: [
    { errorCode: 404, responseCode: 200, responsePagePath: '/index.html', errorCachingMinTtl: 300 },
    { errorCode: 503, errorCachingMinTtl: 5 },
  ],
  comment: 'web site',
  defaultRootObject: 'home.html',
  enableIpV6: false,
  httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
  priceClass: cloudfront.PriceClass.PRICE_CLASS_ALL,
  viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.ALLOW_ALL,
  webACLId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/MyAcl/11111111-2222-3333-4444-555555555555',
  geoRestriction: cloudfront.GeoRestriction.denylist('RU', 'BY'),
  loggingConfig: { prefix: 'cdn/', includeCookies: true },
});

new cloudfront.CloudFrontWebDistribution(stack, 'Legacy', {
  originConfigs: [{
    customOriginSource: { domainName: 'legacy.example.com' },
    behaviors: [{ isDefaultBehavior: true }],
  }],
  aliasConfiguration: {
    acmCertRef: CERT_ARN_US_EAST_1,
    names: ['www.example.com'],
    securityPolicy: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2019,
  },
});

synthAndWrite(app, 'web-dist-origins');
