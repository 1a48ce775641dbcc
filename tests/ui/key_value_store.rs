use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    key_value_store!(stack, "NotJson", {
        source: ImportSource::from_inline("{\"data\": [\n  {\"key\": \"/a\", \"value\": \"/b\"},\n]}"),
    });
    key_value_store!(stack, "NotTheFormat", {
        source: ImportSource::from_inline(r#"[{"key": "/a", "value": "/b"}]"#),
    });
    key_value_store!(stack, "Duplicates", { source: ImportSource::from_asset("kvs/duplicates.json") });
    key_value_store!(stack, "Missing", { source: ImportSource::from_asset("kvs/missing.json") });
}
