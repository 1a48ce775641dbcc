use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    realtime_log_config!(stack, "Logs", {
        realtime_log_config_name: "",
        end_points: [
            Endpoint::from_kinesis_stream("arn:aws:kinesis:us-east-1:123456789012:stream/logs"),
            Endpoint::from_kinesis_stream("arn:aws:s3:::a-bucket"),
        ],
        fields: ["timestamp", "c_ip", "timestamp", "x-not-a-field"],
        sampling_rate: 0,
    });
    realtime_log_config!(stack, "Empty", {
        end_points: [],
        fields: [],
    });
}
