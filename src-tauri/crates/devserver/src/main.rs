//! `liaison-devserver [--port N] [--exit-with-stdin]`: serves the dev backend until stopped.

use std::io::{Read, Write};

fn main() {
    let mut port: u16 = 5174;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => {
                port = args
                    .next()
                    .and_then(|p| p.parse().ok())
                    .unwrap_or_else(|| usage("--port takes a number (0: any free port)"))
            }
            // A parent (the Vite plugin, the test harness) that dies without a word must not
            // leave this server holding its port: it keeps our stdin open while it lives.
            "--exit-with-stdin" => {
                std::thread::spawn(|| {
                    let _ = std::io::stdin().read_to_end(&mut Vec::new());
                    std::process::exit(0);
                });
            }
            other => usage(&format!("unknown argument {other:?}")),
        }
    }
    let server = match liaison_devserver::server::bind(port) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("liaison-devserver: {e}");
            std::process::exit(1);
        }
    };
    // The first line is read by whoever started us, to learn the port.
    println!("liaison-devserver listening on http://{}", server.addr());
    let _ = std::io::stdout().flush();
    liaison_devserver::serve(server);
}

fn usage(problem: &str) -> ! {
    eprintln!(
        "liaison-devserver: {problem}\nusage: liaison-devserver [--port N] [--exit-with-stdin]"
    );
    std::process::exit(2);
}
