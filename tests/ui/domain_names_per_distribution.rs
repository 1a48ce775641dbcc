use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: { origin: origins::HttpOrigin("www.example.com") },
        domain_names: ["n0.example.com", "n1.example.com", "n2.example.com", "n3.example.com", "n4.example.com", "n5.example.com", "n6.example.com", "n7.example.com", "n8.example.com", "n9.example.com", "n10.example.com", "n11.example.com", "n12.example.com", "n13.example.com", "n14.example.com", "n15.example.com", "n16.example.com", "n17.example.com", "n18.example.com", "n19.example.com", "n20.example.com", "n21.example.com", "n22.example.com", "n23.example.com", "n24.example.com", "n25.example.com", "n26.example.com", "n27.example.com", "n28.example.com", "n29.example.com", "n30.example.com", "n31.example.com", "n32.example.com", "n33.example.com", "n34.example.com", "n35.example.com", "n36.example.com", "n37.example.com", "n38.example.com", "n39.example.com", "n40.example.com", "n41.example.com", "n42.example.com", "n43.example.com", "n44.example.com", "n45.example.com", "n46.example.com", "n47.example.com", "n48.example.com", "n49.example.com", "n50.example.com", "n51.example.com", "n52.example.com", "n53.example.com", "n54.example.com", "n55.example.com", "n56.example.com", "n57.example.com", "n58.example.com", "n59.example.com", "n60.example.com", "n61.example.com", "n62.example.com", "n63.example.com", "n64.example.com", "n65.example.com", "n66.example.com", "n67.example.com", "n68.example.com", "n69.example.com", "n70.example.com", "n71.example.com", "n72.example.com", "n73.example.com", "n74.example.com", "n75.example.com", "n76.example.com", "n77.example.com", "n78.example.com", "n79.example.com", "n80.example.com", "n81.example.com", "n82.example.com", "n83.example.com", "n84.example.com", "n85.example.com", "n86.example.com", "n87.example.com", "n88.example.com", "n89.example.com", "n90.example.com", "n91.example.com", "n92.example.com", "n93.example.com", "n94.example.com", "n95.example.com", "n96.example.com", "n97.example.com", "n98.example.com", "n99.example.com", "n100.example.com"],
        certificate: acm::Certificate::from_certificate_arn(
            "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
        ),
    });
}
