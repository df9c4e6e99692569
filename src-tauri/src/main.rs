//! The `liaison-app` binary: everything lives in the library so the IPC tests drive the same code.

// Release builds on Windows get no console window behind the app; debug builds keep it for logs.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    liaison_app_lib::run();
}
