//! Tauri's build step for the bench's minimal window (no app manifest: it has no commands).

fn main() {
    tauri_build::build();
}
