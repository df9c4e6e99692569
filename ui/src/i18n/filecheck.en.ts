// English messages for what is wrong with a file given to an import (the core's FileProblem), and the notes skipped before a header.

export const enFilecheck = {
  "filecheck.at.line": "Line {line}: ",
  "filecheck.at.lineColumn": "Line {line}, column {column}: ",
  "filecheck.unclosed_quote": "a quoted cell starts in this record and its quote never closes, so the rest of the file would be swallowed into it. Close the quote (a quote inside a cell is written twice: \"\") and import again.",
  "filecheck.text_after_quote": "text follows the closing quote of a quoted cell. Put the whole cell in quotes and write each quote inside it twice (\"\"), then import again.",
  "filecheck.too_many_fields": "this row has {found} fields but the header row has {limit}. A separator or a quote is missing or extra in this row.",
  "filecheck.too_many_columns": "the file has more than {limit} columns, more than a table of people holds. Check it is the right file and that it was saved with its own separator.",
  "filecheck.cell_too_large": "a cell holds more than {megabytes} MB, more than a note or a bio may. Shorten it and import again.",
  "filecheck.empty": "the file is empty: there is no header row and no one to import.",
  "filecheck.not_text": "this file is not text (it holds binary data). Choose the CSV or vCard file itself.",
  "filecheck.not_text_format": "this is a {format} file, not text. Choose the CSV or vCard file itself.",
  "filecheck.image": "this is a {format} image, not a table of people. Choose the CSV or vCard file itself.",
  "filecheck.pdf": "this is a PDF document. Export the table as CSV from the program that made it (or copy it into a spreadsheet and save that), then import the CSV.",
  "filecheck.workbook": "this is an Excel/LibreOffice workbook (.{ext}): import it as a workbook.",
  "filecheck.legacy_workbook": "this is an Excel 97–2003 workbook (.xls): import it as a workbook, or save it as .xlsx or CSV UTF-8 and import that.",
  "filecheck.zip": "this is a zip archive. Unzip it and import the CSV or vCard file inside.",
  "filecheck.utf16_no_bom": "this is UTF-16 text without the mark that says so (a BOM), which cannot be read reliably. Save it again as “CSV UTF-8” and import that.",
  "filecheck.skipped.one": "{count} line of notes before the header row was skipped.",
  "filecheck.skipped.other": "{count} lines of notes before the header row were skipped.",
} as const;
