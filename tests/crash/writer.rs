//! A process that writes to a book and says "ACK" after each commit, for the crash harness to kill.
//!
//! `crash-writer DB MODE SEED`: MODE `edits` creates people, edits them and logs interactions one
//! transaction at a time; `import` adds batches of 500 people, each batch one transaction; `merge`
//! merges the bundle whose path is given as SEED, in one transaction. Every
//! line on stdout is printed (and flushed) only after its transaction committed, so the harness
//! knows exactly which writes were acknowledged before the SIGKILL.

use liaison_core::{Book, InteractionInput, PersonInput, PersonPatch, Progress, SystemClock};
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

pub const BATCH: usize = 500;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, db, mode, seed] = args.as_slice() else {
        eprintln!("usage: crash-writer DB edits|import SEED, or DB merge BUNDLE");
        std::process::exit(2);
    };
    // The harness opens the same book with the same test key (a raw key: no passphrase stretching).
    let key = liaison_core::DbKey::Raw([0x5A; 32]);
    let book = Book::open(Path::new(db), Arc::new(SystemClock), &key).expect("the book opens");
    let mut out = std::io::stdout().lock();
    let mut ack = |line: String| {
        writeln!(out, "{line}").expect("stdout is open");
        out.flush().expect("stdout is open");
    };
    ack("READY".into());
    match mode.as_str() {
        "edits" => {
            for n in 0.. {
                let saved = book
                    .person_create(PersonInput {
                        display_name: format!("E{seed}-{n}"),
                        ..PersonInput::default()
                    })
                    .expect("create");
                let id = saved.person.id;
                ack(format!("person {id}"));
                book.person_update(
                    &id,
                    PersonPatch {
                        bio: Some(format!("bio {n}")),
                        ..PersonPatch::default()
                    },
                )
                .expect("update");
                ack(format!("bio {id} {n}"));
                let i = book
                    .interaction_create(InteractionInput {
                        people: vec![id.clone()],
                        body: format!("met {n}"),
                        ..InteractionInput::default()
                    })
                    .expect("log");
                ack(format!("interaction {} {id}", i.id));
            }
        }
        "import" => {
            for batch in 0.. {
                let people = (0..BATCH)
                    .map(|i| PersonInput {
                        display_name: format!("B{seed}-{batch}-{i}"),
                        bio: "imported in one transaction".into(),
                        ..PersonInput::default()
                    })
                    .collect();
                book.person_create_many(people).expect("batch");
                ack(format!("batch B{seed}-{batch}"));
            }
        }
        "merge" => {
            // SEED is the bundle: merged into the (new, empty) book, which then leaves WAL for
            // the write (`Db::write_alone`, tests/crash/merge.rs).
            let r = book
                .bundle_import_file(Path::new(seed), false, false, &Progress::new())
                .expect("merge");
            ack(format!("merged {}", r.added));
        }
        other => {
            eprintln!("unknown mode {other}");
            std::process::exit(2);
        }
    }
}
