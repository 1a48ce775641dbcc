// Reads an edge function's version ARN from the SSM parameter its us-east-1 stack writes, for
// the stack of the distribution (another region): the provider of the
// Custom::CrossRegionStringParameterReader resources. Inline in the template, so the stack
// deploys without a code asset. The ARN is the resource's `FunctionArn` attribute.
const { SSMClient, GetParameterCommand } = require('@aws-sdk/client-ssm');

// Answers CloudFormation at the request's pre-signed URL.
function respond(event, status, reason, data) {
  const body = JSON.stringify({
    Status: status,
    Reason: reason,
    PhysicalResourceId: event.PhysicalResourceId || event.ResourceProperties.ParameterName,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    Data: data,
  });
  const url = new URL(event.ResponseURL);
  const { request } = require(url.protocol === 'http:' ? 'http' : 'https');
  return new Promise((resolve, reject) => {
    const put = request(url, {
      method: 'PUT',
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
    }, (response) => {
      response.resume();
      response.on('end', resolve);
    });
    put.on('error', reject);
    put.end(body);
  });
}

exports.handler = async (event, context) => {
  const { Region, ParameterName } = event.ResourceProperties;
  try {
    let data = {};
    // A new RefreshToken (the version's logical id) makes an update read the new version.
    if (event.RequestType !== 'Delete') {
      const ssm = new SSMClient({ region: Region });
      const out = await ssm.send(new GetParameterCommand({ Name: ParameterName }));
      data = { FunctionArn: out.Parameter.Value };
    }
    await respond(event, 'SUCCESS', 'OK', data);
  } catch (e) {
    console.error(e);
    await respond(event, 'FAILED', `${e.message} (log stream ${context.logStreamName})`, {});
  }
};
