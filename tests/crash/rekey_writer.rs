//! A process that changes a book's passphrase back and forth for the crash harness to kill.
//!
//! `rekey-writer DB CURRENT OTHER`: opens DB with CURRENT, then changes it to OTHER, back, and
//! so on forever. After each step it prints `step NAME` and waits 20 ms, so the harness can kill
//! it at a chosen step; after each whole change, `changed PASSPHRASE`.

use liaison_core::{Book, DbKey, SystemClock};
use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}").expect("stdout is open");
    out.flush().expect("stdout is open");
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, db, current, other] = args.as_slice() else {
        eprintln!("usage: rekey-writer DB CURRENT OTHER");
        std::process::exit(2);
    };
    let book = Book::open(
        Path::new(db),
        Arc::new(SystemClock),
        &DbKey::Passphrase(current.clone()),
    )
    .expect("the book opens");
    say("READY");
    let (mut from, mut to) = (current.clone(), other.clone());
    loop {
        book.passphrase_change_with(&from, &to, &|step| {
            say(&format!("step {step:?}"));
            std::thread::sleep(Duration::from_millis(20));
            Ok(())
        })
        .expect("the change succeeds");
        say(&format!("changed {to}"));
        std::mem::swap(&mut from, &mut to);
    }
}
