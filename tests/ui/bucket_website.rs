use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    bucket!(stack, "Empty", {
        website_index_document: "",
        website_error_document: "",
    });
    bucket!(stack, "Bad", {
        website_index_document: "docs/index.html",
        website_error_document: "error\0.html",
    });
    bucket!(stack, "Lines", {
        website_index_document: "index.html\n",
        website_error_document: "errors/404.html",
    });
}
