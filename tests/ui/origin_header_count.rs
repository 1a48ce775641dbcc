use cloudfront_dsl::prelude::*;

fn main() {
    let mut stack = Stack::new("Ui");
    distribution!(stack, "myDist", {
        default_behavior: {
            origin: origins::HttpOrigin("www.example.com", {
                custom_headers: {
                    "X-Header-00": "0",
                    "X-Header-01": "1",
                    "X-Header-02": "2",
                    "X-Header-03": "3",
                    "X-Header-04": "4",
                    "X-Header-05": "5",
                    "X-Header-06": "6",
                    "X-Header-07": "7",
                    "X-Header-08": "8",
                    "X-Header-09": "9",
                    "X-Header-10": "10",
                    "X-Header-11": "11",
                    "X-Header-12": "12",
                    "X-Header-13": "13",
                    "X-Header-14": "14",
                    "X-Header-15": "15",
                    "X-Header-16": "16",
                    "X-Header-17": "17",
                    "X-Header-18": "18",
                    "X-Header-19": "19",
                    "X-Header-20": "20",
                    "X-Header-21": "21",
                    "X-Header-22": "22",
                    "X-Header-23": "23",
                    "X-Header-24": "24",
                    "X-Header-25": "25",
                    "X-Header-26": "26",
                    "X-Header-27": "27",
                    "X-Header-28": "28",
                    "X-Header-29": "29",
                    "X-Header-30": "30",
                },
            }),
        },
    });
}
