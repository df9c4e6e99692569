//! Tauri's build step, plus an app manifest so our own commands need an explicit grant.
//!
//! Without an app manifest Tauri 2 lets every window (and any local page) call every app
//! command. Declaring the commands makes Tauri generate `allow-<command>`/`deny-<command>`
//! permissions and enforce them: a command works only where capabilities/*.json grants it.

include!("src/command_names.rs");

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri-build failed: check tauri.conf.json and capabilities/");
}
