//! Runs the real `liaison` binary on a database in a temp dir, as a user's shell would.
//!
//! The binary belongs to another package (liaison-cli), and Cargo builds binaries only for the
//! integration tests of their own package, so `CARGO_BIN_EXE_liaison` is not set here and
//! `target/debug/liaison` may be missing or stale. The first test therefore asks Cargo to build
//! it — a no-op when it is fresh — and runs the exact file Cargo reports. `LIAISON_BIN` skips the
//! build and tests another binary (a packaged one, say).

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;

pub fn liaison_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| match std::env::var_os("LIAISON_BIN") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        // Set by Cargo only if this target ever moves into the liaison-cli package.
        _ => match option_env!("CARGO_BIN_EXE_liaison") {
            Some(p) => PathBuf::from(p),
            None => build_liaison(),
        },
    })
}

fn build_liaison() -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml");
    let mut cmd = std::process::Command::new(cargo);
    cmd.args(["build", "-p", "liaison-cli", "--bin", "liaison"])
        .arg("--message-format=json-render-diagnostics")
        .arg("--manifest-path")
        .arg(&manifest);
    // Build with the profile this test was built with, so `cargo test --release` tests a
    // release binary. The test runs from target/<profile-dir>/deps/.
    let profile_dir = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.file_name()?.to_owned()));
    match profile_dir.as_ref().and_then(|d| d.to_str()) {
        Some("debug") | None => {}
        Some("release") => {
            cmd.arg("--release");
        }
        Some(other) => {
            cmd.args(["--profile", other]);
        }
    }
    let out = cmd
        .output()
        .expect("cargo runs, to build the liaison binary");
    assert!(
        out.status.success(),
        "`cargo build -p liaison-cli` must succeed before the CLI can be tested:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "liaison")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .expect("cargo reports where it put the liaison executable")
}

/// The recovery key every CLI test book is opened with (the raw key 0x5A × 32).
pub fn test_recovery_key() -> String {
    liaison_core::RecoveryKey::from_raw(&[0x5A; 32]).to_string()
}

/// A fresh, empty place for a book; the database file is created by the first `person add`.
pub struct Shell {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

pub fn shell() -> Shell {
    let dir = tempfile::tempdir().expect("a temp dir is available");
    let db = dir.path().join("x.db");
    Shell { dir, db }
}

impl Shell {
    /// `liaison --db BOOK args…` at a fixed time (`LIAISON_NOW`), for tests whose answers
    /// depend on the day (conflicts, collisions, running affiliations).
    pub fn run_at(&self, now: &str, args: &[&str]) -> std::process::Output {
        self.bare()
            .env("LIAISON_NOW", now)
            .arg("--db")
            .arg(&self.db)
            .args(args)
            .output()
            .expect("the liaison binary starts")
    }

    /// `liaison` with no `--db` and a sealed environment: no developer's LIAISON_DB or real data
    /// folder can leak into a test, and stdin is a pipe, never a terminal.
    pub fn bare(&self) -> Command {
        let mut cmd = Command::new(liaison_bin());
        cmd.env_remove("LIAISON_DB")
            .envs(self.sealed_env())
            .current_dir(self.dir.path());
        cmd
    }

    /// The environment of `bare` (with LIAISON_DB removed), for tests that start the binary
    /// through a shell or need the child's pipes. Test books are opened with a fixed recovery
    /// key (a raw key: no passphrase stretching per command); tests of the keychain remove it.
    pub fn sealed_env(&self) -> Vec<(&'static str, std::ffi::OsString)> {
        vec![
            ("LIAISON_PASSPHRASE", test_recovery_key().into()),
            ("XDG_DATA_HOME", self.dir.path().join("xdg-data").into()),
            ("HOME", self.dir.path().into()),
            ("TZ", "UTC".into()),
            // English whatever the developer's locale; a test of French sets LANG itself (the
            // empty ones are skipped, as by the CLI).
            ("LIAISON_LANG", "".into()),
            ("LC_ALL", "".into()),
            ("LC_MESSAGES", "".into()),
            ("LANG", "C.UTF-8".into()),
        ]
    }

    /// `liaison --db <temp>/x.db ARGS…`
    pub fn run(&self, args: &[&str]) -> Output {
        self.bare()
            .arg("--db")
            .arg(&self.db)
            .args(args)
            .output()
            .expect("the liaison binary starts")
    }

    /// Runs a command that must succeed and returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "`liaison {}` must succeed; stderr:\n{}",
            args.join(" "),
            stderr(&out)
        );
        stdout(&out)
    }

    /// Runs a command that must succeed and parses its stdout as JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        let text = self.ok(args);
        serde_json::from_str(&text).unwrap_or_else(|e| {
            panic!(
                "`liaison {}` must print JSON ({e}):\n{text}",
                args.join(" ")
            )
        })
    }

    /// Adds a person and returns the id printed on stdout.
    pub fn add(&self, args: &[&str]) -> String {
        let mut all = vec!["person", "add"];
        all.extend_from_slice(args);
        let id = self.ok(&all).trim().to_string();
        assert_eq!(
            id.len(),
            36,
            "`person add` prints only the new id, a UUID: {id:?}"
        );
        id
    }
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

/// With `--json`, the last line of stderr is the error body.
pub fn error_body(out: &Output) -> Value {
    let err = stderr(out);
    let last = err.lines().last().unwrap_or_default();
    serde_json::from_str(last)
        .unwrap_or_else(|e| panic!("the last line of stderr must be the JSON error ({e}):\n{err}"))
}

/// The ids of a JSON array of people, in order.
pub fn ids(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("a JSON array of people")
        .iter()
        .map(|p| {
            p["id"]
                .as_str()
                .expect("every person has an id")
                .to_string()
        })
        .collect()
}

/// The names of a JSON array of people, in order.
pub fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("a JSON array of people")
        .iter()
        .map(|p| {
            p["display_name"]
                .as_str()
                .expect("every person has a display_name")
                .to_string()
        })
        .collect()
}
