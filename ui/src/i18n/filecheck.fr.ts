// Generated from the core's file_problem/catalogue.rs by tests/core/bindings.rs (LIAISON_UPDATE_BINDINGS=1): French messages for what is wrong with a file given to an import; typed against filecheck.en.ts.
import type { enFilecheck } from "./filecheck.en";

export const frFilecheck: { readonly [K in keyof typeof enFilecheck]: string } = {
  "filecheck.at.line": "Ligne {line} : ",
  "filecheck.at.lineColumn": "Ligne {line}, colonne {column} : ",
  "filecheck.unclosed_quote": "une cellule entre guillemets commence dans cet enregistrement et son guillemet ne se ferme jamais : le reste du fichier y serait avalé. Fermez le guillemet (un guillemet dans une cellule s’écrit deux fois : \"\") puis importez de nouveau.",
  "filecheck.text_after_quote": "du texte suit le guillemet fermant d’une cellule entre guillemets. Mettez toute la cellule entre guillemets et doublez chaque guillemet qu’elle contient (\"\"), puis importez de nouveau.",
  "filecheck.too_many_fields": "cette ligne a {found} champs mais la ligne d’en-tête en a {limit}. Un séparateur ou un guillemet manque ou est en trop dans cette ligne.",
  "filecheck.too_many_columns": "le fichier a plus de {limit} colonnes, plus qu’un tableau de personnes n’en contient. Vérifiez que c’est le bon fichier et qu’il a été enregistré avec son propre séparateur.",
  "filecheck.cell_too_large": "une cellule contient plus de {megabytes} Mo, plus qu’une note ou une bio ne le peut. Raccourcissez-la puis importez de nouveau.",
  "filecheck.empty": "le fichier est vide : pas de ligne d’en-tête, personne à importer.",
  "filecheck.not_text": "ce fichier n’est pas du texte (il contient des données binaires). Choisissez le fichier CSV ou vCard lui-même.",
  "filecheck.not_text_format": "ceci est un fichier {format}, pas du texte. Choisissez le fichier CSV ou vCard lui-même.",
  "filecheck.image": "ceci est une image {format}, pas un tableau de personnes. Choisissez le fichier CSV ou vCard lui-même.",
  "filecheck.pdf": "ceci est un document PDF. Exportez le tableau en CSV depuis le programme qui l’a créé (ou copiez-le dans un tableur et enregistrez-le), puis importez le CSV.",
  "filecheck.workbook": "ceci est un classeur Excel/LibreOffice (.{ext}) : importez-le comme classeur.",
  "filecheck.legacy_workbook": "ceci est un classeur Excel 97–2003 (.xls) : importez-le comme classeur, ou enregistrez-le en .xlsx ou en CSV UTF-8 et importez celui-ci.",
  "filecheck.zip": "ceci est une archive zip. Décompressez-la et importez le fichier CSV ou vCard qu’elle contient.",
  "filecheck.utf16_no_bom": "ceci est du texte UTF-16 sans la marque qui l’indique (un BOM), qui ne peut pas être lu de façon fiable. Enregistrez-le de nouveau en « CSV UTF-8 » et importez celui-ci.",
  "filecheck.workbook_damaged": "ce classeur .{ext} ne peut pas être lu : il est abîmé, incomplet ou protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau.",
  "filecheck.workbook_too_large": "ce classeur est trop grand pour être importé d’un coup. Enregistrez la feuille des personnes seule dans un nouveau fichier.",
  "filecheck.sheet_too_long": "la feuille « {sheet} » compte plus de {limit} lignes, trop pour un seul import. Répartissez-la en plusieurs fichiers.",
  "filecheck.sheet_too_large": "la feuille « {sheet} » est trop grande pour être importée d’un coup. Répartissez-la en plusieurs fichiers.",
  "filecheck.sheet_too_wide": "la feuille « {sheet} » s’étend sur {found} colonnes, plus que les {limit} d’un tableau de personnes. Supprimez les colonnes qui ne concernent pas les personnes (ou une cellule isolée loin à droite) et enregistrez de nouveau.",
  "filecheck.sheet_empty": "la feuille « {sheet} » est vide : pas de ligne d’en-tête, personne à importer. Choisissez une autre feuille.",
  "filecheck.skipped.one": "{count} ligne de notes avant la ligne d’en-tête a été sautée.",
  "filecheck.skipped.other": "{count} lignes de notes avant la ligne d’en-tête ont été sautées.",
};
