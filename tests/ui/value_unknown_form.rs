use cloudfront_dsl::prelude::*;

fn main() {
    // A type the DSL has no values of, a misspelled one, a member without its type, a member the
    // type lacks, and a value that needs no macro.
    let _ = value!(Origins::HttpOrigin("www.example.com"));
    let _ = value!(ViewerProtocolPolice::ALLOW_ALL);
    let _ = value!(HttpOrigin("www.example.com"));
    let _ = value!(GeoRestriction::allow_list("US"));
    let _ = value!("www.example.com");
    let _ = value!(Duration::minutes(5), Duration::minutes(6));
}
