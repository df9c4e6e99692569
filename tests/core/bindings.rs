//! The committed TypeScript bindings must match the Rust types, or the UI compiles against a lie.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn committed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/ipc/bindings")
}

fn read_dir(dir: &Path) -> BTreeMap<String, String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "ts"))
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (
                name,
                std::fs::read_to_string(e.path()).expect("binding files are UTF-8"),
            )
        })
        .collect()
}

#[test]
fn committed_bindings_are_fresh() {
    let tmp = tempfile::tempdir().unwrap();
    liaison_core::testing::export_bindings(tmp.path()).expect("bindings export");
    let fresh = read_dir(tmp.path());
    let committed_path = committed_dir();
    if std::env::var_os("LIAISON_UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(&committed_path).unwrap();
        for old in read_dir(&committed_path).keys() {
            std::fs::remove_file(committed_path.join(old)).unwrap();
        }
        for (name, text) in &fresh {
            std::fs::write(committed_path.join(name), text).unwrap();
        }
        return;
    }
    let committed = read_dir(&committed_path);
    assert!(
        !fresh.is_empty(),
        "the export must produce files, or this test checks nothing"
    );
    let stale: Vec<&String> = fresh
        .keys()
        .chain(committed.keys())
        .filter(|k| fresh.get(*k) != committed.get(*k))
        .collect();
    assert!(
        stale.is_empty(),
        "ui/src/ipc/bindings is stale ({stale:?}): run \
         `LIAISON_UPDATE_BINDINGS=1 cargo test -p liaison-tests --test core bindings` and commit"
    );
}

/// The UI's messages for a refused file are generated from the core's catalogue, which the CLI
/// prints from: one text, so the mapping screen and the command line say the same thing.
#[test]
fn filecheck_catalogues_are_fresh() {
    use liaison_core::testing::filecheck_typescript;
    use liaison_core::Lang;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/i18n");
    for (lang, name) in [(Lang::En, "filecheck.en.ts"), (Lang::Fr, "filecheck.fr.ts")] {
        let fresh = filecheck_typescript(lang);
        let path = dir.join(name);
        if std::env::var_os("LIAISON_UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "ui/src/i18n/{name} is stale: run \
             `LIAISON_UPDATE_BINDINGS=1 cargo test -p liaison-tests --test core bindings` and commit"
        );
    }
}
