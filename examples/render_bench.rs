//! Renders each template in a directory N times in-process and prints the time per render.
//! Used by `benches/render.sh` next to the same loop in Ruby Liquid.
//!
//! Usage: render_bench DATA.json TEMPLATE... [--iterations N]

use std::time::Instant;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut n = 20_000usize;
    if let Some(i) = args.iter().position(|a| a == "--iterations") {
        n = args[i + 1].parse().expect("iterations");
        args.drain(i..i + 2);
    }
    let data: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&args[0]).unwrap()).unwrap();
    let globals = data.as_object().unwrap();
    for path in &args[1..] {
        let src = std::fs::read_to_string(path).unwrap();
        let t = hookctl::templates::parse(&src).unwrap();
        let mut bytes = 0;
        for _ in 0..n / 10 {
            bytes += t.render(globals).unwrap().len();
        }
        let start = Instant::now();
        for _ in 0..n {
            bytes += t.render(globals).unwrap().len();
        }
        let ns = start.elapsed().as_nanos() as f64 / n as f64;
        println!("{}\t{ns:.0}\t{bytes}", std::path::Path::new(path).file_name().unwrap().to_string_lossy());
    }
}
