// A refused file's problem in the reader's language: the place first, then what is wrong; a problem from the core survives normaliseError.
import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n/i18n.svelte";
import { normaliseError } from "../ipc/errors";
import { fileProblemMessage } from "./fileProblem";

afterEach(() => {
  i18n.locale = "en";
});

describe("file problems", () => {
  it("say the line and column in English and in French", () => {
    const p = { kind: "too_many_fields", line: 4, column: 5, found: 5, limit: 4 } as const;
    i18n.locale = "en";
    expect(fileProblemMessage(p)).toBe(
      "Line 4, column 5: this row has 5 fields but the header row has 4. A separator or a quote is missing or extra in this row.",
    );
    i18n.locale = "fr";
    expect(fileProblemMessage(p)).toBe(
      "Ligne 4, colonne 5\u00a0: cette ligne a 5 champs mais la ligne d’en-tête en a 4. Un séparateur ou un guillemet manque ou est en trop dans cette ligne.",
    );
  });

  it("name what a file really is when it has no place", () => {
    i18n.locale = "fr";
    expect(fileProblemMessage({ kind: "workbook", format: "xlsx" })).toBe(
      "Ceci est un classeur Excel/LibreOffice (.xlsx)\u00a0: importez-le comme classeur.",
    );
    i18n.locale = "en";
    expect(fileProblemMessage({ kind: "image", format: "png" })).toBe(
      "This is a PNG image, not a table of people. Choose the CSV or vCard file itself.",
    );
    expect(fileProblemMessage({ kind: "cell_too_large", line: 3, column: 2, limit: 1_000_000 })).toBe(
      "Line 3, column 2: a cell holds more than 1 MB, more than a note or a bio may. Shorten it and import again.",
    );
  });

  it("name a workbook's sheet in English and in French", () => {
    const wide = { kind: "sheet_too_wide", sheet: "Contacts", found: 16384, limit: 1000 } as const;
    i18n.locale = "en";
    expect(fileProblemMessage(wide)).toBe(
      "The sheet “Contacts” spans 16,384 columns, more than the 1,000 a table of people holds. Delete the columns that are not about people (or a stray cell far to the right) and save again.",
    );
    i18n.locale = "fr";
    expect(fileProblemMessage({ kind: "sheet_empty", sheet: "Notes" })).toBe(
      "La feuille «\u00a0Notes\u00a0» est vide\u00a0: pas de ligne d’en-tête, personne à importer. Choisissez une autre feuille.",
    );
    expect(normaliseError({ code: "bad_file", message: "m", problem: { kind: "sheet_empty", sheet: "Notes" } }).problem).toEqual({
      kind: "sheet_empty",
      sheet: "Notes",
    });
  });

  it("come through normaliseError, and unknown kinds are dropped", () => {
    const body = normaliseError({
      code: "bad_file",
      message: "line 3, column 2: …",
      fields: [],
      problem: { kind: "unclosed_quote", line: 3, column: 2 },
    });
    expect(body.problem).toEqual({ kind: "unclosed_quote", line: 3, column: 2 });
    const other = normaliseError({ code: "bad_file", message: "x", fields: [], problem: { kind: "martian" } });
    expect(other.problem).toBeUndefined();
  });

  it("say a bundle's problem with its section, record and byte in both languages", () => {
    const p = normaliseError({
      code: "bad_file",
      message: "Byte 48,213: …",
      fields: [],
      problem: { kind: "bundle_malformed", section: "interactions", record: 1200, byte: 48213, detail: "missing field `id`" },
    }).problem;
    if (!p) throw new Error("the bundle problem survives normaliseError");
    i18n.locale = "en";
    expect(fileProblemMessage(p)).toBe(
      "Byte 48,213: record 1,200 of the bundle’s interactions is malformed: missing field `id`. Nothing was imported.",
    );
    i18n.locale = "fr";
    expect(fileProblemMessage(p)).toBe(
      "Octet 48\u202f213\u00a0: l’enregistrement 1\u202f200 de la section échanges de l’export est mal formé\u00a0: missing field `id`. Rien n’a été importé.",
    );
    expect(fileProblemMessage({ kind: "bundle_too_new", format: "schema", found: 12, limit: 10 })).toBe(
      "Cet export vient d’une version plus récente de Liaison (schéma 12, cette version lit jusqu’au schéma 10). Mettez l’application à jour pour l’importer.",
    );
  });
});
