//! What is wrong with a file given to an import, named and placed (line, column, numbers) so the UI and the CLI can say it in the reader's language while the logs keep one English sentence.

pub(crate) mod catalogue;

pub use catalogue::Lang;
use serde::Serialize;
use ts_rs::TS;

/// The kinds of broken or mistaken files an import refuses; stable strings the UI translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FileProblemKind {
    /// A quoted cell whose quote never closes: the rest of the file would be swallowed into it.
    UnclosedQuote,
    /// Text right after the closing quote of a quoted cell (`"Smith" Jr`).
    TextAfterQuote,
    /// A row with more fields than the header row.
    TooManyFields,
    /// More columns than any table of people has.
    TooManyColumns,
    /// One cell larger than any note or bio.
    CellTooLarge,
    /// Nothing in the file (or only blank lines).
    Empty,
    /// Bytes that are not text; `format` names what they look like when known (`mp3`).
    NotText,
    /// A picture; `format` is `png`, `jpg`, `gif`…
    Image,
    Pdf,
    /// An `.xlsx` or `.ods` workbook (`format`): the workbook import reads it.
    Workbook,
    /// An Excel 97–2003 `.xls` file (OLE2 compound document).
    LegacyWorkbook,
    /// A zip archive that is not a workbook.
    Zip,
    /// UTF-16 text with no byte-order mark to say so.
    Utf16NoBom,
    /// A workbook (`format`: `xlsx`, `xls`, `ods`) its reader cannot open: damaged, cut short or
    /// password-protected.
    WorkbookDamaged,
    /// A workbook, or its `sheet`, larger than an import takes at once (`limit` rows when known).
    WorkbookTooLarge,
    /// A `sheet` spanning `found` columns, more than `limit`.
    SheetTooWide,
    /// The chosen `sheet` holds nothing.
    SheetEmpty,
    /// Not a Liaison bundle: no JSON object, no manifest, or a manifest of another format.
    NotBundle,
    /// A bundle whose JSON breaks at `byte` (of the file).
    BundleSyntax,
    /// Something follows the bundle's closing brace, at `byte`.
    BundleTrailing,
    /// A bundle cut short after `found` bytes, inside its `section` when known.
    BundleIncomplete,
    /// The bundle's manifest cannot be read (`detail`: the parser's words), or lacks the
    /// checksum of `section`.
    BundleManifest,
    /// A `section` whose bytes do not match the manifest's checksum.
    BundleChecksum,
    /// A `section` written twice.
    BundleSectionTwice,
    /// A `section` that is not a list, at `byte`.
    BundleNotList,
    /// Record `record` of `section` does not parse (`detail`), at `byte` of the file or at
    /// `line` of the section.
    BundleMalformed,
    /// The bundle could not be read from the disk (`detail`: the system's words).
    BundleUnreadable,
    /// A bundle from a newer Liaison: `format` is `bundle` (its format version) or `schema`
    /// (its database schema); `found` its version, `limit` the newest this build reads.
    BundleTooNew,
}

/// A file problem with where it is. `line` is the physical line (1-based) where the broken
/// record starts; `column` the field (1-based) in that record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FileProblem {
    pub kind: FileProblemKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub column: Option<u32>,
    /// What was found: the row's fields, the file's columns.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub found: Option<u64>,
    /// What is allowed: the header's fields, the most columns, a cell's most bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub limit: Option<u64>,
    /// The format the bytes look like (`png`, `xlsx`, `ods`, `mp3`), lower case.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub format: Option<String>,
    /// The workbook's sheet the problem is in.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub sheet: Option<String>,
    /// Where in a bundle, and the parser's words: boxed, so the CSV reader's per-record
    /// `Result` does not grow by what only a bundle's refusal carries.
    #[serde(flatten)]
    #[ts(flatten)]
    pub bundle: Box<BundlePlace>,
}

/// Where a bundle's problem is, beside the file's other places.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct BundlePlace {
    /// The bundle's section (`people`, `interactions`…) the problem is in.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub section: Option<String>,
    /// The record (1-based) within `section`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub record: Option<u64>,
    /// The byte (from 0) of the file where the problem is.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub byte: Option<u64>,
    /// A parser's or the system's own words, in English, appended as they came.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub detail: Option<String>,
}

impl FileProblem {
    pub fn new(kind: FileProblemKind) -> Self {
        FileProblem {
            kind,
            line: None,
            column: None,
            found: None,
            limit: None,
            format: None,
            sheet: None,
            bundle: Box::default(),
        }
    }
    fn place(&mut self) -> &mut BundlePlace {
        &mut self.bundle
    }
    pub fn section(mut self, section: impl Into<String>) -> Self {
        self.place().section = Some(section.into());
        self
    }
    pub fn record(mut self, record: u64) -> Self {
        self.place().record = Some(record);
        self
    }
    pub fn byte(mut self, byte: u64) -> Self {
        self.place().byte = Some(byte);
        self
    }
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.place().detail = Some(detail.into());
        self
    }
    pub fn sheet(mut self, sheet: impl Into<String>) -> Self {
        self.sheet = Some(sheet.into());
        self
    }
    pub fn at(mut self, line: u32, column: Option<u32>) -> Self {
        self.line = Some(line);
        self.column = column;
        self
    }
    pub fn counts(mut self, found: Option<u64>, limit: u64) -> Self {
        self.found = found;
        self.limit = Some(limit);
        self
    }
    pub fn format(mut self, format: impl Into<String>) -> Self {
        self.format = Some(format.into());
        self
    }

    /// The sentence in `lang`, led by where the problem is ("Line 5, column 3: …"); the UI's
    /// `fileProblem.ts` picks the same keys from the generated catalogues.
    pub fn message(&self, lang: Lang) -> String {
        use FileProblemKind as K;
        let at = &self.bundle;
        let key = match self.kind {
            K::UnclosedQuote => "unclosed_quote",
            K::TextAfterQuote => "text_after_quote",
            K::TooManyFields => "too_many_fields",
            K::TooManyColumns => "too_many_columns",
            K::CellTooLarge => "cell_too_large",
            K::Empty => "empty",
            K::NotText if self.format.is_some() => "not_text_format",
            K::NotText => "not_text",
            K::Image => "image",
            K::Pdf => "pdf",
            K::Workbook => "workbook",
            K::LegacyWorkbook => "legacy_workbook",
            K::Zip => "zip",
            K::Utf16NoBom => "utf16_no_bom",
            K::WorkbookDamaged => "workbook_damaged",
            K::WorkbookTooLarge => match (&self.sheet, self.limit) {
                (Some(_), Some(_)) => "sheet_too_long",
                (Some(_), None) => "sheet_too_large",
                (None, _) => "workbook_too_large",
            },
            K::SheetTooWide => "sheet_too_wide",
            K::SheetEmpty => "sheet_empty",
            K::NotBundle => "not_bundle",
            K::BundleSyntax => "bundle_syntax",
            K::BundleTrailing => "bundle_trailing",
            K::BundleIncomplete if at.section.is_some() => "bundle_incomplete_section",
            K::BundleIncomplete => "bundle_incomplete",
            K::BundleManifest if at.section.is_some() => "bundle_no_checksum",
            K::BundleManifest => "bundle_manifest",
            K::BundleChecksum => "bundle_checksum",
            K::BundleSectionTwice => "bundle_section_twice",
            K::BundleNotList => "bundle_not_list",
            K::BundleMalformed if self.line.is_some() => "bundle_malformed_line",
            K::BundleMalformed => "bundle_malformed",
            K::BundleUnreadable => "bundle_unreadable",
            K::BundleTooNew if self.format.as_deref() == Some("schema") => "bundle_too_new_schema",
            K::BundleTooNew => "bundle_too_new",
        };
        let section = at
            .section
            .as_deref()
            .map(|s| {
                catalogue::find(lang, &format!("section.{s}"))
                    .unwrap_or(s)
                    .to_string()
            })
            .unwrap_or_default();
        let n = |v: Option<u64>| catalogue::number(lang, v.unwrap_or(0));
        let format = self.format.clone().unwrap_or_default();
        let text = catalogue::fill(
            catalogue::template(lang, key),
            &[
                ("found", n(self.found)),
                ("limit", n(self.limit)),
                (
                    "megabytes",
                    (self.limit.unwrap_or(0) / 1_000_000).to_string(),
                ),
                ("format", format.to_uppercase()),
                (
                    "ext",
                    if format.is_empty() {
                        "xlsx".into()
                    } else {
                        format
                    },
                ),
                ("sheet", self.sheet.clone().unwrap_or_default()),
                ("section", section),
                ("record", n(at.record)),
                ("byte", n(at.byte)),
                ("line", n(self.line.map(u64::from))),
                ("detail", at.detail.clone().unwrap_or_default()),
            ],
        );
        // A bundle's problem says its place in its own sentence (a record, a section's line).
        let bundle = key.starts_with("bundle_") || key == "not_bundle";
        let place = match (self.line, self.column) {
            _ if bundle => match at.byte {
                Some(b) => catalogue::fill(
                    catalogue::template(lang, "at.byte"),
                    &[("byte", catalogue::number(lang, b))],
                ),
                _ => String::new(),
            },
            (Some(l), Some(c)) => catalogue::fill(
                catalogue::template(lang, "at.lineColumn"),
                &[("line", l.to_string()), ("column", c.to_string())],
            ),
            (Some(l), None) => catalogue::fill(
                catalogue::template(lang, "at.line"),
                &[("line", l.to_string())],
            ),
            _ => String::new(),
        };
        // The place leads the sentence, so the problem itself starts lower case; alone, it
        // starts with a capital.
        if place.is_empty() {
            let mut c = text.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        } else {
            place + &text
        }
    }
}

/// The English sentence the CLI prints by default and the log keeps.
impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_sentence_names_the_place() {
        let p = FileProblem::new(FileProblemKind::TooManyFields)
            .at(7, Some(4))
            .counts(Some(4), 3);
        assert_eq!(
            p.to_string(),
            "Line 7, column 4: this row has 4 fields but the header row has 3. A separator or a quote is missing or extra in this row."
        );
        let w = FileProblem::new(FileProblemKind::Workbook).format("ods");
        assert_eq!(
            w.to_string(),
            "This is an Excel/LibreOffice workbook (.ods): import it as a workbook."
        );
        assert_eq!(
            FileProblem::new(FileProblemKind::TooManyColumns)
                .at(1, None)
                .counts(Some(1001), 1000)
                .message(Lang::Fr),
            "Ligne 1\u{a0}: le fichier a plus de 1\u{202f}000 colonnes, plus qu’un tableau de personnes n’en contient. Vérifiez que c’est le bon fichier et qu’il a été enregistré avec son propre séparateur.",
            "the CLI says a French reader's problem in French, numbers grouped the French way"
        );
    }

    #[test]
    fn a_bundle_problem_says_what_and_where_in_both_languages() {
        let p = FileProblem::new(FileProblemKind::BundleMalformed)
            .section("interactions")
            .record(1200)
            .byte(48213)
            .detail("missing field `id`");
        assert_eq!(
            p.to_string(),
            "Byte 48,213: record 1,200 of the bundle’s interactions is malformed: missing field `id`. Nothing was imported."
        );
        assert_eq!(
            p.message(Lang::Fr),
            "Octet 48\u{202f}213\u{a0}: l’enregistrement 1\u{202f}200 de la section échanges de l’export est mal formé\u{a0}: missing field `id`. Rien n’a été importé.",
            "the section is named as the French reader calls it"
        );
        let sum = FileProblem::new(FileProblemKind::BundleChecksum).section("followups");
        assert_eq!(
            sum.message(Lang::Fr),
            "La section relances de l’export ne correspond pas à sa somme de contrôle\u{a0}: le fichier a été modifié ou est incomplet. Demandez-le de nouveau à votre collègue\u{a0}; rien n’a été importé."
        );
    }
}
