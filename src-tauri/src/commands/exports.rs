//! `export_save`: makes an export (a bundle, CSV lists, vCard, iCalendar, dossiers) and writes it straight to the file the user picks in the save dialog, so large files never cross IPC as text.

use super::files::{suggested_name, FileSaver};
use crate::error::IpcError;
use crate::jobs::{Jobs, EXPORT_PROGRESS};
use crate::state::BookState;
use liaison_core::{replace_file, Book, BundleScope, CsvExportOptions, ExportKind, ExportSaveReq};
use std::io::Write;
use std::path::Path;
use tauri::{AppHandle, Runtime, State, WebviewWindow};

/// Makes the export, asks where it goes (suggesting a name), writes it there; answers the path,
/// or `null` when the user cancels the dialog. A bundle is made after the dialog, straight into
/// the file, and reports `export-progress` under `req.job`.
#[tauri::command]
pub async fn export_save<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, BookState>,
    saver: State<'_, FileSaver>,
    jobs: State<'_, Jobs>,
    req: ExportSaveReq,
) -> Result<Option<String>, IpcError> {
    let needs = match req.kind {
        ExportKind::PersonDossier | ExportKind::PersonEverything => {
            Some(("person_id", req.person_id.is_none()))
        }
        ExportKind::EventDossier => Some(("event_id", req.event_id.is_none())),
        _ => None,
    };
    if let Some((field, true)) = needs {
        return Err(IpcError::invalid(
            field,
            format!("this export needs {field}"),
        ));
    }
    let (state, saver) = (state.inner().clone(), saver.inner().clone());
    jobs.run(app, EXPORT_PROGRESS, req.job.clone(), move |progress| {
        let book = state.book()?;
        let files = make(&book, &req)?;
        let Some(path) = saver.pick(&window, &suggested_name(&files.name))? else {
            return Ok(None);
        };
        match &files.main {
            Main::Bytes(bytes) => write(&path, bytes)?,
            Main::Bundle(scope) => {
                book.bundle_export_file(scope, &path, progress)?;
            }
        }
        if let Some(html) = &files.beside {
            write(&path.with_extension("html"), html.as_bytes())?;
        }
        Ok(Some(path.display().to_string()))
    })
    .await
}

/// What one export writes: the file, its suggested name, and for "everything about a person"
/// the dossier that goes beside the bundle.
struct Files {
    name: String,
    main: Main,
    beside: Option<String>,
}

/// The file's content: made before the dialog, or, for a bundle (up to half a gigabyte for a
/// whole book), written into the chosen file as it is made.
enum Main {
    Bytes(Vec<u8>),
    Bundle(BundleScope),
}

fn make(book: &Book, req: &ExportSaveReq) -> Result<Files, IpcError> {
    let csv = CsvExportOptions {
        bom: req.bom,
        semicolon: req.semicolon,
    };
    let person = req.person_id.as_deref();
    let list_name = |id: &str| -> Result<String, IpcError> { Ok(book.list_detail(id)?.list.name) };
    // A list's members, else the one person, else everyone.
    let one = match &req.list_id {
        Some(l) => Some(book.list_member_ids(l)?),
        None => person.map(|p| vec![p.to_string()]),
    };
    let name_of = |id: &str| -> Result<String, IpcError> { Ok(book.person_get(id)?.display_name) };
    let file = |name: String, main: Vec<u8>| Files {
        name,
        main: Main::Bytes(main),
        beside: None,
    };
    Ok(match req.kind {
        ExportKind::Bundle => {
            let scope = req.scope.clone().unwrap_or(BundleScope::All);
            let name = match &scope {
                BundleScope::All => "liaison-bundle.json".to_string(),
                BundleScope::Person { id } => format!("{}.liaison.json", name_of(id)?),
                BundleScope::Event { id } => format!("{}.liaison.json", book.event_get(id)?.name),
                BundleScope::List { id } => format!("{}.liaison.json", list_name(id)?),
            };
            Files {
                name,
                main: Main::Bundle(scope),
                beside: None,
            }
        }
        ExportKind::PeopleCsv => {
            let name = match &req.list_id {
                Some(l) => format!("{}.csv", list_name(l)?),
                None => "people.csv".into(),
            };
            file(name, book.people_csv(one.as_deref(), csv)?)
        }
        ExportKind::InteractionsCsv => file(
            "interactions.csv".into(),
            book.interactions_csv(person, csv)?,
        ),
        ExportKind::FollowupsCsv => file("followups.csv".into(), book.followups_csv(person, csv)?),
        ExportKind::Vcard => {
            let name = match (&req.list_id, person) {
                (Some(l), _) => format!("{}.vcf", list_name(l)?),
                (None, Some(p)) => format!("{}.vcf", name_of(p)?),
                (None, None) => "people.vcf".into(),
            };
            file(name, book.vcard_export(one.as_deref())?.into_bytes())
        }
        ExportKind::Ics => match &req.event_id {
            Some(e) => {
                let t = book.event_ics(e)?;
                file(t.file_name, t.text.into_bytes())
            }
            None => file(
                "liaison.ics".into(),
                book.calendar_ics(person)?.into_bytes(),
            ),
        },
        ExportKind::PersonDossier => {
            let p = person.unwrap_or_default();
            file(
                format!("{} dossier.html", name_of(p)?),
                book.person_dossier(p)?.into_bytes(),
            )
        }
        ExportKind::EventDossier => {
            let e = req.event_id.as_deref().unwrap_or_default();
            let name = format!("{} attendees.html", book.event_get(e)?.name);
            file(name, book.event_dossier(e)?.into_bytes())
        }
        ExportKind::PersonEverything => {
            let p = person.unwrap_or_default();
            let all = book.person_export_everything(p)?;
            Files {
                name: format!("{} everything.json", name_of(p)?),
                main: Main::Bytes(all.bundle.into_bytes()),
                beside: Some(all.dossier),
            }
        }
    })
}

/// Beside the target first, then renamed (`files::replace_file`): a failed or interrupted write
/// never leaves a half file where the user expects the export.
fn write(path: &Path, bytes: &[u8]) -> Result<(), IpcError> {
    let fail = |e: std::io::Error| {
        IpcError::io(format!(
            "the file could not be written to {}: {e}",
            path.display()
        ))
    };
    replace_file(path, |w| w.write_all(bytes).map_err(fail), fail).map(drop)
}
