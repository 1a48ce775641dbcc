use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    function!(stack, "F", {
        code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
        function_name: "rewrite.index",
        comment: "Rewrites directory requests to their index document, so that the site's pretty URLs work without a trailing index.html anywhere on the site, old or new",
    });
    function!(stack, "G", {
        code: FunctionCode::from_inline("function handler(event) { return event.request; }"),
        function_name: "a-function-name-that-is-longer-than-the-sixty-four-characters-allowed",
    });
    key_value_store!(stack, "S", {
        key_value_store_name: "redirects store",
        comment: "Redirects from the old site's paths to the new site's, kept here so that the function that reads them stays well under its size quota of ten kilobytes",
    });
}
