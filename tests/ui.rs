//! Compile-time rules: every rule has a case here whose `.stderr` pins the message and the
//! token it points at; `ui/pass` holds invocations that must compile.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
    t.pass("ui/pass/*.rs");
}
