//! The sentences for a refused file, in English and French, written once: the CLI renders them here and the UI's filecheck catalogues are generated from them (a test keeps those files fresh).

/// A language the file messages are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    /// French when `LIAISON_LANG`, else the POSIX locale variables in their order of precedence
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`), name a French locale; English otherwise, as the rest of
    /// the command line speaks.
    pub fn from_env() -> Lang {
        let first = ["LIAISON_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty());
        match first {
            Some(v) if v.to_ascii_lowercase().starts_with("fr") => Lang::Fr,
            _ => Lang::En,
        }
    }
}

/// Key, English, French. Placeholders in braces are filled by `render` here and by `t()` in the
/// UI; a key missing in French cannot happen since both live on one line.
pub(crate) const MESSAGES: &[(&str, &str, &str)] = &[
    ("at.line", "Line {line}: ", "Ligne {line}\u{a0}: "),
    ("at.lineColumn", "Line {line}, column {column}: ", "Ligne {line}, colonne {column}\u{a0}: "),
    (
        "unclosed_quote",
        "a quoted cell starts in this record and its quote never closes, so the rest of the file would be swallowed into it. Close the quote (a quote inside a cell is written twice: \"\") and import again.",
        "une cellule entre guillemets commence dans cet enregistrement et son guillemet ne se ferme jamais\u{a0}: le reste du fichier y serait avalé. Fermez le guillemet (un guillemet dans une cellule s’écrit deux fois\u{a0}: \"\") puis importez de nouveau.",
    ),
    (
        "text_after_quote",
        "text follows the closing quote of a quoted cell. Put the whole cell in quotes and write each quote inside it twice (\"\"), then import again.",
        "du texte suit le guillemet fermant d’une cellule entre guillemets. Mettez toute la cellule entre guillemets et doublez chaque guillemet qu’elle contient (\"\"), puis importez de nouveau.",
    ),
    (
        "too_many_fields",
        "this row has {found} fields but the header row has {limit}. A separator or a quote is missing or extra in this row.",
        "cette ligne a {found} champs mais la ligne d’en-tête en a {limit}. Un séparateur ou un guillemet manque ou est en trop dans cette ligne.",
    ),
    (
        "too_many_columns",
        "the file has more than {limit} columns, more than a table of people holds. Check it is the right file and that it was saved with its own separator.",
        "le fichier a plus de {limit} colonnes, plus qu’un tableau de personnes n’en contient. Vérifiez que c’est le bon fichier et qu’il a été enregistré avec son propre séparateur.",
    ),
    (
        "cell_too_large",
        "a cell holds more than {megabytes} MB, more than a note or a bio may. Shorten it and import again.",
        "une cellule contient plus de {megabytes} Mo, plus qu’une note ou une bio ne le peut. Raccourcissez-la puis importez de nouveau.",
    ),
    (
        "empty",
        "the file is empty: there is no header row and no one to import.",
        "le fichier est vide\u{a0}: pas de ligne d’en-tête, personne à importer.",
    ),
    (
        "not_text",
        "this file is not text (it holds binary data). Choose the CSV or vCard file itself.",
        "ce fichier n’est pas du texte (il contient des données binaires). Choisissez le fichier CSV ou vCard lui-même.",
    ),
    (
        "not_text_format",
        "this is a {format} file, not text. Choose the CSV or vCard file itself.",
        "ceci est un fichier {format}, pas du texte. Choisissez le fichier CSV ou vCard lui-même.",
    ),
    (
        "image",
        "this is a {format} image, not a table of people. Choose the CSV or vCard file itself.",
        "ceci est une image {format}, pas un tableau de personnes. Choisissez le fichier CSV ou vCard lui-même.",
    ),
    (
        "pdf",
        "this is a PDF document. Export the table as CSV from the program that made it (or copy it into a spreadsheet and save that), then import the CSV.",
        "ceci est un document PDF. Exportez le tableau en CSV depuis le programme qui l’a créé (ou copiez-le dans un tableur et enregistrez-le), puis importez le CSV.",
    ),
    (
        "workbook",
        "this is an Excel/LibreOffice workbook (.{ext}): import it as a workbook.",
        "ceci est un classeur Excel/LibreOffice (.{ext})\u{a0}: importez-le comme classeur.",
    ),
    (
        "legacy_workbook",
        "this is an Excel 97–2003 workbook (.xls): import it as a workbook, or save it as .xlsx or CSV UTF-8 and import that.",
        "ceci est un classeur Excel 97–2003 (.xls)\u{a0}: importez-le comme classeur, ou enregistrez-le en .xlsx ou en CSV UTF-8 et importez celui-ci.",
    ),
    (
        "zip",
        "this is a zip archive. Unzip it and import the CSV or vCard file inside.",
        "ceci est une archive zip. Décompressez-la et importez le fichier CSV ou vCard qu’elle contient.",
    ),
    (
        "utf16_no_bom",
        "this is UTF-16 text without the mark that says so (a BOM), which cannot be read reliably. Save it again as “CSV UTF-8” and import that.",
        "ceci est du texte UTF-16 sans la marque qui l’indique (un BOM), qui ne peut pas être lu de façon fiable. Enregistrez-le de nouveau en «\u{a0}CSV UTF-8\u{a0}» et importez celui-ci.",
    ),
    (
        "workbook_damaged",
        "this .{ext} workbook cannot be read: it is damaged, incomplete or password-protected. Open it in Excel or LibreOffice and save it again.",
        "ce classeur .{ext} ne peut pas être lu\u{a0}: il est abîmé, incomplet ou protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau.",
    ),
    (
        "workbook_too_large",
        "this workbook is too large to import at once. Save the people's sheet alone as a new file.",
        "ce classeur est trop grand pour être importé d’un coup. Enregistrez la feuille des personnes seule dans un nouveau fichier.",
    ),
    (
        "sheet_too_long",
        "the sheet “{sheet}” holds more than {limit} rows, too many to import at once. Split it into several files.",
        "la feuille «\u{a0}{sheet}\u{a0}» compte plus de {limit}\u{a0}lignes, trop pour un seul import. Répartissez-la en plusieurs fichiers.",
    ),
    (
        "sheet_too_large",
        "the sheet “{sheet}” is too large to import at once. Split it into several files.",
        "la feuille «\u{a0}{sheet}\u{a0}» est trop grande pour être importée d’un coup. Répartissez-la en plusieurs fichiers.",
    ),
    (
        "sheet_too_wide",
        "the sheet “{sheet}” spans {found} columns, more than the {limit} a table of people holds. Delete the columns that are not about people (or a stray cell far to the right) and save again.",
        "la feuille «\u{a0}{sheet}\u{a0}» s’étend sur {found}\u{a0}colonnes, plus que les {limit} d’un tableau de personnes. Supprimez les colonnes qui ne concernent pas les personnes (ou une cellule isolée loin à droite) et enregistrez de nouveau.",
    ),
    (
        "sheet_empty",
        "the sheet “{sheet}” is empty: there is no header row and no one to import. Choose another sheet.",
        "la feuille «\u{a0}{sheet}\u{a0}» est vide\u{a0}: pas de ligne d’en-tête, personne à importer. Choisissez une autre feuille.",
    ),
    ("at.byte", "Byte {byte}: ", "Octet {byte}\u{a0}: "),
    (
        "not_bundle",
        "this file is not a Liaison bundle: it has no Liaison manifest. Choose the .json file a teammate exported from Liaison as a bundle.",
        "ce fichier n’est pas un export Liaison\u{a0}: il n’a pas de manifeste Liaison. Choisissez le fichier .json qu’un collègue a exporté de Liaison.",
    ),
    (
        "bundle_syntax",
        "this is not a Liaison bundle: its JSON breaks here ({detail}). Choose the bundle file as it was sent, not a copy edited by hand.",
        "ceci n’est pas un export Liaison\u{a0}: son JSON est cassé à cet endroit ({detail}). Choisissez le fichier tel qu’il a été envoyé, pas une copie modifiée à la main.",
    ),
    (
        "bundle_trailing",
        "there is more after the end of the bundle: two files were joined or text was added. Ask your teammate for the bundle again.",
        "il y a quelque chose après la fin de l’export\u{a0}: deux fichiers ont été collés ou du texte a été ajouté. Demandez de nouveau l’export à votre collègue.",
    ),
    (
        "bundle_incomplete",
        "the bundle is incomplete: it ends after {found} bytes, before its closing brace. The file was cut short; ask your teammate for it again.",
        "l’export est incomplet\u{a0}: il s’arrête après {found}\u{a0}octets, avant son accolade fermante. Le fichier a été tronqué\u{a0}; demandez-le de nouveau à votre collègue.",
    ),
    (
        "bundle_incomplete_section",
        "the bundle is incomplete: it ends inside its {section} section, after {found} bytes. The file was cut short; ask your teammate for it again.",
        "l’export est incomplet\u{a0}: il s’arrête dans sa section {section}, après {found}\u{a0}octets. Le fichier a été tronqué\u{a0}; demandez-le de nouveau à votre collègue.",
    ),
    (
        "bundle_manifest",
        "the bundle’s manifest cannot be read ({detail}): the file was altered. Ask your teammate for it again.",
        "le manifeste de l’export est illisible ({detail})\u{a0}: le fichier a été modifié. Demandez-le de nouveau à votre collègue.",
    ),
    (
        "bundle_no_checksum",
        "the bundle’s manifest has no checksum for its {section}: the file was altered. Ask your teammate for it again.",
        "le manifeste de l’export n’a pas de somme de contrôle pour sa section {section}\u{a0}: le fichier a été modifié. Demandez-le de nouveau à votre collègue.",
    ),
    (
        "bundle_checksum",
        "the bundle’s {section} do not match their checksum: the file was altered or is incomplete. Ask your teammate for it again; nothing was imported.",
        "la section {section} de l’export ne correspond pas à sa somme de contrôle\u{a0}: le fichier a été modifié ou est incomplet. Demandez-le de nouveau à votre collègue\u{a0}; rien n’a été importé.",
    ),
    (
        "bundle_section_twice",
        "the bundle holds its {section} section twice: the file was altered. Ask your teammate for it again.",
        "l’export contient deux fois sa section {section}\u{a0}: le fichier a été modifié. Demandez-le de nouveau à votre collègue.",
    ),
    (
        "bundle_not_list",
        "the bundle’s {section} section is not a list: the file was altered. Ask your teammate for it again.",
        "la section {section} de l’export n’est pas une liste\u{a0}: le fichier a été modifié. Demandez-le de nouveau à votre collègue.",
    ),
    (
        "bundle_malformed",
        "record {record} of the bundle’s {section} is malformed: {detail}. Nothing was imported.",
        "l’enregistrement {record} de la section {section} de l’export est mal formé\u{a0}: {detail}. Rien n’a été importé.",
    ),
    (
        "bundle_malformed_line",
        "record {record} of the bundle’s {section} is malformed (line {line} of that section): {detail}. Nothing was imported.",
        "l’enregistrement {record} de la section {section} de l’export est mal formé (ligne {line} de cette section)\u{a0}: {detail}. Rien n’a été importé.",
    ),
    (
        "bundle_unreadable",
        "the bundle could not be read from the disk ({detail}). Copy it somewhere else and try again.",
        "l’export n’a pas pu être lu sur le disque ({detail}). Copiez-le ailleurs et réessayez.",
    ),
    (
        "bundle_too_new",
        "this bundle was written by a newer version of Liaison (bundle format {found}, this build reads up to {limit}); update the app to import it.",
        "cet export vient d’une version plus récente de Liaison (format {found}, cette version lit jusqu’au format {limit}). Mettez l’application à jour pour l’importer.",
    ),
    (
        "bundle_too_new_schema",
        "this bundle was written by a newer version of Liaison (schema {found}, this build reads up to {limit}); update the app to import it.",
        "cet export vient d’une version plus récente de Liaison (schéma {found}, cette version lit jusqu’au schéma {limit}). Mettez l’application à jour pour l’importer.",
    ),
    ("section.people", "people", "personnes"),
    ("section.interactions", "interactions", "échanges"),
    ("section.notes", "notes", "notes"),
    ("section.followups", "follow-ups", "relances"),
    ("section.events", "events", "événements"),
    ("section.attendees", "attendees", "participants"),
    ("section.meetups", "meetups", "rencontres"),
    ("section.lists", "lists", "listes"),
    ("section.list_members", "list members", "membres de listes"),
    ("section.tombstones", "deletions", "suppressions"),
    ("section.aliases", "merged people", "personnes fusionnées"),
    (
        "photo_links.one",
        "{count} photo link was kept as a link in the person’s note: Liaison does not download.",
        "{count} lien de photo a été gardé comme lien dans la note de la personne\u{a0}: Liaison ne télécharge rien.",
    ),
    (
        "photo_links.other",
        "{count} photo links were kept as links in the people’s notes: Liaison does not download.",
        "{count} liens de photo ont été gardés comme liens dans les notes des personnes\u{a0}: Liaison ne télécharge rien.",
    ),
    (
        "skipped.one",
        "{count} line of notes before the header row was skipped.",
        "{count} ligne de notes avant la ligne d’en-tête a été sautée.",
    ),
    (
        "skipped.other",
        "{count} lines of notes before the header row were skipped.",
        "{count} lignes de notes avant la ligne d’en-tête ont été sautées.",
    ),
];

/// The template of `key` in `lang`, if the catalogue has it (a bundle section this build does
/// not name is said as written).
pub(crate) fn find(lang: Lang, key: &str) -> Option<&'static str> {
    MESSAGES
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|(_, en, fr)| if lang == Lang::En { *en } else { *fr })
}

/// The template of `key` in `lang`; every key used in this crate is in `MESSAGES` (a unit test
/// renders every kind).
pub(crate) fn template(lang: Lang, key: &str) -> &'static str {
    let (_, en, fr) = MESSAGES
        .iter()
        .find(|(k, _, _)| *k == key)
        .unwrap_or_else(|| panic!("file message {key} is missing from the catalogue"));
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// Fills `{name}` placeholders from `args`; a placeholder with no value stays as written, so a
/// mistake shows in the sentence instead of vanishing.
pub(crate) fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// A whole number grouped as the language writes it: 1,000 and 1 000 (narrow no-break space,
/// what `Intl.NumberFormat("fr")` writes in the UI).
pub(crate) fn number(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202f}",
    };
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(d);
    }
    out
}

/// "1 line of notes … was skipped", in `lang`, for the CLI's import report.
pub fn skipped_lines(lang: Lang, count: u32) -> String {
    let key = if count == 1 {
        "skipped.one"
    } else {
        "skipped.other"
    };
    fill(
        template(lang, key),
        &[("count", number(lang, count.into()))],
    )
}

/// "3 photo links were kept as links…", in `lang`, for the CLI's import report.
pub fn photo_links(lang: Lang, count: u32) -> String {
    let key = if count == 1 {
        "photo_links.one"
    } else {
        "photo_links.other"
    };
    fill(
        template(lang, key),
        &[("count", number(lang, count.into()))],
    )
}

/// The text of `ui/src/i18n/filecheck.<lang>.ts`, generated so the UI and the CLI say the same.
pub fn typescript(lang: Lang) -> String {
    let quote = |s: &str| serde_json::to_string(s).expect("a string serialises");
    let mut out = String::new();
    match lang {
        Lang::En => {
            out.push_str("// Generated from the core's file_problem/catalogue.rs by tests/core/bindings.rs (LIAISON_UPDATE_BINDINGS=1): English messages for what is wrong with a file given to an import, and the notes skipped before a header.\n\n");
            out.push_str("export const enFilecheck = {\n");
        }
        Lang::Fr => {
            out.push_str("// Generated from the core's file_problem/catalogue.rs by tests/core/bindings.rs (LIAISON_UPDATE_BINDINGS=1): French messages for what is wrong with a file given to an import; typed against filecheck.en.ts.\n");
            out.push_str("import type { enFilecheck } from \"./filecheck.en\";\n\n");
            out.push_str("export const frFilecheck: { readonly [K in keyof typeof enFilecheck]: string } = {\n");
        }
    }
    for (key, en, fr) in MESSAGES {
        let text = if lang == Lang::En { en } else { fr };
        out.push_str(&format!(
            "  {}: {},\n",
            quote(&format!("filecheck.{key}")),
            quote(text)
        ));
    }
    out.push_str(match lang {
        Lang::En => "} as const;\n",
        Lang::Fr => "};\n",
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_as_each_language_writes_them() {
        assert_eq!(number(Lang::En, 1000), "1,000");
        assert_eq!(number(Lang::En, 999), "999");
        assert_eq!(number(Lang::Fr, 1_048_576), "1\u{202f}048\u{202f}576");
    }

    #[test]
    fn every_placeholder_is_the_same_in_both_languages() {
        let names = |s: &str| {
            let mut v: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                .collect();
            v.sort();
            v
        };
        for (key, en, fr) in MESSAGES {
            assert_eq!(
                names(en),
                names(fr),
                "{key}: a French sentence would lose a value"
            );
        }
    }
}
