//! Long imports and exports as jobs the UI names: they run on a blocking thread, report `{job, done, total}` events at most ten times a second, and stop when `import_cancel` flips their `Progress`.

use crate::error::IpcError;
use crate::state::BookState;
use liaison_core::Book;
use liaison_core::JobProgress;
use liaison_core::Progress;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tauri::{AppHandle, Emitter, Runtime};

/// Sent while an import runs.
pub const IMPORT_PROGRESS: &str = "import-progress";
/// Sent while an export runs.
pub const EXPORT_PROGRESS: &str = "export-progress";
/// Sent while a scan of the whole book runs (duplicates).
pub const SCAN_PROGRESS: &str = "scan-progress";

/// A bar that moves ten times a second looks smooth; more would only load the IPC bridge.
const TICK: Duration = Duration::from_millis(100);

/// The running jobs, by the name the UI gave them. Managed state.
#[derive(Debug, Clone, Default)]
pub struct Jobs(Arc<Inner>);

#[derive(Debug, Default)]
struct Inner {
    running: Mutex<HashMap<String, Arc<Progress>>>,
    /// Cancelled before they started: the UI's "Cancel" may beat the job to the blocking pool.
    early: Mutex<HashSet<String>>,
}

/// Removes the job from the running list however it ends.
struct Registered {
    jobs: Jobs,
    name: Option<String>,
}

impl Drop for Registered {
    fn drop(&mut self) {
        if let Some(n) = &self.name {
            lock(&self.jobs.0.running).remove(n);
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A poisoned lock only means a panic elsewhere; the map itself is always whole.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Jobs {
    /// Asks the job to stop; it rolls back and answers `cancelled`. A job that has not started
    /// yet starts cancelled. True when the job was running.
    pub fn cancel(&self, job: &str) -> bool {
        if let Some(p) = lock(&self.0.running).get(job) {
            p.cancel();
            return true;
        }
        lock(&self.0.early).insert(job.to_string());
        false
    }

    fn register(
        &self,
        name: Option<String>,
        progress: &Arc<Progress>,
    ) -> Result<Registered, IpcError> {
        if let Some(n) = &name {
            let mut running = lock(&self.0.running);
            if running.contains_key(n) {
                return Err(IpcError::invalid(
                    "job",
                    format!("a job named {n} is already running"),
                ));
            }
            if lock(&self.0.early).remove(n) {
                progress.cancel();
            }
            running.insert(n.clone(), Arc::clone(progress));
        }
        Ok(Registered {
            jobs: self.clone(),
            name,
        })
    }

    /// The one way a command runs a long job — an import, an export, a merge: `work` runs on
    /// the open book (opened on a blocking thread, so a locked book answers as any command);
    /// while it runs, and once when it ends, the main window gets `event` with the job's
    /// progress (only for a named job).
    pub async fn on_book<R, T, F>(
        &self,
        app: AppHandle<R>,
        state: &BookState,
        event: &'static str,
        job: Option<String>,
        work: F,
    ) -> Result<T, IpcError>
    where
        R: Runtime,
        T: Send + 'static,
        F: FnOnce(&Book, &Progress) -> Result<T, IpcError> + Send + 'static,
    {
        let state = state.clone();
        let progress = Arc::new(Progress::new());
        let registered = self.register(job.clone(), &progress)?;
        let finished = Arc::new(AtomicBool::new(false));
        if let Some(name) = job.clone() {
            let (p, done, app) = (Arc::clone(&progress), Arc::clone(&finished), app.clone());
            tauri::async_runtime::spawn(async move {
                let mut last = None;
                loop {
                    tokio::time::sleep(TICK).await;
                    if done.load(Ordering::Relaxed) {
                        break;
                    }
                    let s = p.snapshot();
                    if last != Some(s) {
                        last = Some(s);
                        emit(&app, event, &name, &p);
                    }
                }
            });
        }
        let p = Arc::clone(&progress);
        let result = tauri::async_runtime::spawn_blocking(move || work(&*state.book()?, &p))
            .await
            .map_err(|e| IpcError::internal(format!("the operation stopped unexpectedly: {e}")));
        finished.store(true, Ordering::Relaxed);
        if let (Some(name), Ok(Ok(_))) = (&job, &result) {
            emit(&app, event, name, &progress);
        }
        drop(registered);
        result?
    }
}

fn emit<R: Runtime>(app: &AppHandle<R>, event: &str, job: &str, p: &Progress) {
    let s = p.snapshot();
    let payload = JobProgress {
        job: job.to_string(),
        done: s.done,
        total: s.total,
    };
    // A window closed mid-import cannot show a bar; the job itself goes on and answers.
    let _ = app.emit_to("main", event, payload);
}
