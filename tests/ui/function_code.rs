use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    function!(stack, "TooBig", { code: FunctionCode::from_file("functions/big.js") });
    function!(stack, "Broken", { code: FunctionCode::from_file("functions/broken.js") });
    function!(stack, "Unclosed", {
        code: FunctionCode::from_inline("function handler(event) {\n  return event.request;\n"),
    });
    function!(stack, "Misnamed", {
        code: FunctionCode::from_inline("function Handler(event) { return event.request; }"),
    });
    function!(stack, "NoHandler", { code: FunctionCode::from_inline("var x = 1;") });
    let path = "functions/broken.js";
    function!(stack, "PathVariable", { code: FunctionCode::from_file(path) });
    function!(stack, "Missing", { code: FunctionCode::from_file("functions/missing.js") });
}
