//! `backup list|create|restore`, `check` and `passphrase change`: the book's safety net from the terminal.

use crate::book::{open, Open};
use crate::fail::{Failure, Outcome};
use crate::output::{note, print, print_json};
use crate::table::{Column, Table};
use crate::Ctx;
use clap::Subcommand;
use liaison_core::{CheckDepth, ErrorCode};

#[derive(Debug, Subcommand)]
pub enum BackupCmd {
    /// The book's backups, newest first (kept: 7 daily and 4 weekly, plus the 3 newest)
    List,
    /// Take a backup now
    Create {
        /// Why, in a few lower-case words joined by dashes; part of the file name
        #[arg(long, default_value = "manual")]
        reason: String,
    },
    /// Replace the book with a backup; the current state is backed up first, so this can be undone
    Restore {
        /// The backup's name, as `backup list` shows it
        name: String,
    },
}

pub fn backup(cmd: BackupCmd, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    match cmd {
        BackupCmd::List => {
            let list = book.backup_list()?;
            if ctx.json {
                return print_json(&list);
            }
            if list.is_empty() {
                return print("No backups yet (`liaison backup create` takes one).\n");
            }
            let col = |heading, max| Column { heading, max };
            let mut t = Table::new(vec![
                col("NAME", 80),
                col("TAKEN (UTC)", 30),
                col("REASON", 40),
                col("SIZE", 12),
            ]);
            for b in &list {
                t.push(vec![
                    b.name.clone(),
                    b.taken_at.clone(),
                    b.reason.clone(),
                    format!("{} KB", b.bytes.div_ceil(1024)),
                ]);
            }
            print(&t.render())
        }
        BackupCmd::Create { reason } => {
            let b = book.backup_create(&reason)?;
            if ctx.json {
                return print_json(&b);
            }
            print(&format!("{}\n", b.name))
        }
        BackupCmd::Restore { name } => {
            let saved = book.backup_restore(&name)?;
            if ctx.json {
                return print_json(&serde_json::json!({ "restored": name, "saved_before": saved }));
            }
            note(&format!(
                "restored {name}; the state before the restore is in {} (restore it to undo)",
                saved.name
            ));
            Ok(())
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum PassphraseCmd {
    /// Re-encrypt the book under a new passphrase, read from a file or LIAISON_NEW_PASSPHRASE
    /// (never from the command line, where other users could see it); crash-safe
    Change {
        /// Read the new passphrase from FILE (its final line ending is dropped)
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<std::path::PathBuf>,
    },
}

pub fn passphrase(cmd: PassphraseCmd, ctx: &Ctx) -> Outcome {
    let PassphraseCmd::Change {
        new_passphrase_file,
    } = cmd;
    let new = match new_passphrase_file {
        Some(file) => std::fs::read_to_string(&file).map_err(|e| {
            Failure::new(
                ErrorCode::Io,
                format!(
                    "could not read the new passphrase file {}: {e}",
                    file.display()
                ),
            )
        })?,
        None => std::env::var("LIAISON_NEW_PASSPHRASE").unwrap_or_default(),
    };
    if new.trim().is_empty() {
        return Err(Failure::new(
            ErrorCode::Validation,
            "give the new passphrase with --new-passphrase-file FILE or LIAISON_NEW_PASSPHRASE",
        ));
    }
    let Some(current) = crate::unlock::given_secret()? else {
        return Err(Failure::new(
            ErrorCode::Validation,
            "give the current passphrase with --passphrase-file FILE or LIAISON_PASSPHRASE",
        ));
    };
    let book = open(ctx.db.clone(), Open::MustExist)?;
    book.passphrase_change(&current, &new)?;
    if ctx.json {
        return print_json(&serde_json::json!({ "changed": true }));
    }
    note(&format!(
        "the passphrase of {} is changed; backups taken before keep the old one",
        book.path().display()
    ));
    Ok(())
}

pub fn check(full: bool, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let depth = match full {
        true => CheckDepth::Full,
        false => CheckDepth::Quick,
    };
    let report = crate::job::run("checking", |p| book.book_check(depth, p))?;
    if ctx.json {
        print_json(&report)?;
    } else if report.ok {
        print(&format!("ok: {}\n", report.checks.join(", ")))?;
        if !report.not_checked.is_empty() {
            note(&format!(
                "the quick check left out {}; `liaison check --full` checks everything",
                report.not_checked.join("; ")
            ));
        }
    } else {
        let mut out = String::new();
        for p in &report.problems {
            out.push_str(&format!("{}: {}\n", p.check, p.message));
        }
        print(&out)?;
    }
    if report.ok {
        return Ok(());
    }
    Err(Failure::new(
        ErrorCode::DatabaseCorrupt,
        format!(
            "the check found {} problem(s) in {} (restore a backup with `liaison backup restore`)",
            report.problems.len(),
            book.path().display()
        ),
    ))
}
