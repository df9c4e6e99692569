//! The floor under scripts/bench-app.sh: Tauri 2's default window with an empty page and no
//! plugins, so the app's launch, memory and idle CPU are read against what the stack itself costs.

fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("the minimal window could not start");
}
