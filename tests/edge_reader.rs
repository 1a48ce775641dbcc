//! The reader that gives a distribution's stack the version ARN of an edge function of another
//! region: the handler code its template holds inline, run with Node.js against a local
//! CloudFormation response endpoint and a stand-in for the SDK's SSM client, for each request
//! CloudFormation sends it.

use std::fs;
use std::process::Command;

use cloudfront_dsl_examples as examples;
use cloudfront_dsl_tests::synth_texts;
use serde_json::{Value, json};

/// The stand-in for `@aws-sdk/client-ssm`: it records each call, and knows one parameter.
const SSM_STUB: &str = r#"
class GetParameterCommand { constructor(input) { this.input = input; } }
class SSMClient {
  constructor(config) { this.config = config; }
  async send(command) {
    globalThis.ssmCalls.push({ region: this.config.region, name: command.input.Name });
    if (command.input.Name !== '/cdk/EdgeFunctionArn/eu-west-1/LambdaEdgeStack/MyFunction') {
      throw new Error(`Parameter ${command.input.Name} not found.`);
    }
    return { Parameter: { Value: 'arn:aws:lambda:us-east-1:123456789012:function:f:7' } };
  }
}
module.exports = { SSMClient, GetParameterCommand };
"#;

/// Sends the handler CloudFormation's requests and prints what it answered, with the SSM
/// calls it made.
const DRIVER: &str = r#"
const http = require('http');
globalThis.ssmCalls = [];
const answers = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    answers.push({ method: req.method, contentType: req.headers['content-type'], body: JSON.parse(body) });
    res.end();
  });
});
server.listen(0, '127.0.0.1', async () => {
  const { handler } = require('./index.js');
  const url = `http://127.0.0.1:${server.address().port}/response?signature=x`;
  const base = {
    ResponseURL: url, StackId: 'stack', RequestId: 'request', LogicalResourceId: 'MyFunctionArnReader257F4232',
    ResourceType: 'Custom::CrossRegionStringParameterReader',
  };
  const properties = JSON.parse(process.argv[2]);
  const context = { logStreamName: 'stream' };
  const requests = [
    { ...base, RequestType: 'Create', ResourceProperties: properties },
    { ...base, RequestType: 'Update', PhysicalResourceId: 'kept', ResourceProperties: { ...properties, RefreshToken: 'next' } },
    { ...base, RequestType: 'Delete', PhysicalResourceId: 'kept', ResourceProperties: properties },
    { ...base, RequestType: 'Create', ResourceProperties: { ...properties, ParameterName: '/missing' } },
  ];
  for (const r of requests) await handler(r, context);
  server.close();
  process.stdout.write(JSON.stringify({ answers, ssmCalls: globalThis.ssmCalls }));
});
"#;

#[test]
fn the_reader_answers_every_request_cloudformation_sends() {
    if !cloudfront_dsl_tests::node_tests("the_reader_answers_every_request_cloudformation_sends") {
        return;
    }
    let texts = synth_texts(&examples::lambda_edge::stacks());
    let (_, _, text) = texts
        .iter()
        .find(|(name, _, _)| name == "LambdaEdgeStack")
        .expect("the distribution's stack");
    let template: Value = serde_json::from_str(text).unwrap();
    let resources = template["Resources"].as_object().unwrap();
    let code = resources
        .values()
        .find_map(|r| r["Properties"]["Code"]["ZipFile"].as_str())
        .expect("the provider's code is inline");
    let reader = resources
        .values()
        .find(|r| r["Type"] == "Custom::CrossRegionStringParameterReader")
        .expect("a reader");
    let mut properties = reader["Properties"].clone();
    properties.as_object_mut().unwrap().remove("ServiceToken");

    let dir = std::env::temp_dir().join(format!("cloudfront-dsl-reader-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("node_modules/@aws-sdk/client-ssm")).unwrap();
    fs::write(
        dir.join("node_modules/@aws-sdk/client-ssm/index.js"),
        SSM_STUB,
    )
    .unwrap();
    fs::write(dir.join("index.js"), code).unwrap();
    fs::write(dir.join("driver.js"), DRIVER).unwrap();
    let out = Command::new("node")
        .arg("driver.js")
        .arg(properties.to_string())
        .current_dir(&dir)
        .output()
        .expect("node runs");
    let _ = fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run: Value = serde_json::from_slice(&out.stdout).unwrap();
    let answers = run["answers"].as_array().unwrap();
    assert_eq!(answers.len(), 4, "one answer per request: {run}");
    for a in answers {
        assert_eq!(a["method"], "PUT");
        assert_eq!(
            a["contentType"], "",
            "the pre-signed URL takes no content type"
        );
        assert_eq!(a["body"]["StackId"], "stack");
        assert_eq!(a["body"]["RequestId"], "request");
        assert_eq!(
            a["body"]["LogicalResourceId"],
            "MyFunctionArnReader257F4232"
        );
    }
    let parameter = "/cdk/EdgeFunctionArn/eu-west-1/LambdaEdgeStack/MyFunction";
    let arn = json!({ "FunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:f:7" });
    // Create: the ARN, under a physical id of its own.
    assert_eq!(answers[0]["body"]["Status"], "SUCCESS");
    assert_eq!(answers[0]["body"]["Data"], arn);
    assert_eq!(answers[0]["body"]["PhysicalResourceId"], parameter);
    // Update (a new RefreshToken): the ARN read again, the resource kept.
    assert_eq!(answers[1]["body"]["Status"], "SUCCESS");
    assert_eq!(answers[1]["body"]["Data"], arn);
    assert_eq!(answers[1]["body"]["PhysicalResourceId"], "kept");
    // Delete: nothing to read.
    assert_eq!(answers[2]["body"]["Status"], "SUCCESS");
    assert_eq!(answers[2]["body"]["Data"], json!({}));
    // A parameter that is not there fails the deployment, with the reason.
    assert_eq!(answers[3]["body"]["Status"], "FAILED");
    let reason = answers[3]["body"]["Reason"].as_str().unwrap();
    assert!(reason.contains("Parameter /missing not found."), "{reason}");
    assert_eq!(
        run["ssmCalls"],
        json!([
            { "region": "us-east-1", "name": parameter },
            { "region": "us-east-1", "name": parameter },
            { "region": "us-east-1", "name": "/missing" },
        ]),
        "each create and update reads the parameter in us-east-1; a delete does not"
    );
}
