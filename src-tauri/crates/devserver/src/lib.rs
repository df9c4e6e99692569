//! Dev-only backend for the UI: the desktop shell's real command list over the real core, on
//! Tauri's MockRuntime, served on 127.0.0.1 to the Vite dev server and the browser flows, so the
//! UI is developed and tested against the rules as they are, never against a copy. Never shipped.
//!
//! Why not a second dispatch table, as GitButler's `but-server` has beside its Tauri commands:
//! Tauri's own test runtime already drives the shell's handlers, capabilities and managed state
//! without a webview (the IPC tests use it), so a page here reaches exactly what the window
//! reaches, and a command added to the shell is served with no line written here.

pub mod app;
pub mod books;
pub mod server;

pub use app::{DevApp, Emitted, Saved, EVENTS};
pub use books::{BookSpec, PASSPHRASE};
pub use server::serve;
