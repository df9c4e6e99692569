// Issue 14 flows in Chromium against the real core: a broken CSV is refused with its line and column in the reader's language, a workbook given as CSV is read as a workbook, LinkedIn's notes are skipped and counted.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.stop();
});

const files = mkdtempSync(join(tmpdir(), "liaison-filecheck-"));
const corpus = join(dirname(fileURLToPath(import.meta.url)), "../../../tests/fixtures/bad");

/** Opens the import screen in `locale` and picks the corpus file `name` through the dialog. */
async function pick(name, locale = "en-US") {
  const s = await h.open("40", "/io", { locale });
  const path = join(files, name);
  writeFileSync(path, readFileSync(join(corpus, name)));
  await h.dev(s.page, "pick", { paths: [path] });
  await s.page.getByRole("button", { name: locale.startsWith("fr") ? "Choisir le fichier…" : "Choose file…" }).click();
  return s;
}

async function done({ ctx, problems }) {
  await ctx.close();
  assert.deepEqual(problems, [], "the page must not throw");
}

describe("files the CSV import refuses", () => {
  it("an unclosed quote names the line where its record starts, in English and in French", async () => {
    let s = await pick("unclosed_quote_mid.csv");
    await s.page
      .getByRole("alert")
      .getByText("Line 3, column 2: a quoted cell starts in this record and its quote never closes", { exact: false })
      .waitFor();
    await done(s);
    s = await pick("unclosed_quote_mid.csv", "fr-FR");
    await s.page
      .getByRole("alert")
      .getByText("Ligne 3, colonne 2\u00a0: une cellule entre guillemets commence dans cet enregistrement", { exact: false })
      .waitFor();
    await done(s);
  });

  it("a workbook given to the spreadsheet import is read as one, not refused", async () => {
    const s = await pick("contacts.xlsx", "fr-FR");
    await s.page.getByText(/^Lu comme un classeur Excel\./).waitFor();
    assert.equal(await s.page.getByRole("alert").count(), 0, "no refusal: the workbook is read");
    await done(s);
  });

  it("LinkedIn's notes before the header are skipped and counted", async () => {
    const s = await pick("linkedin_connections.csv");
    await s.page.getByText("3 lines of notes before the header row were skipped.").waitFor();
    assert.equal(await s.page.getByLabel("Field for First Name").inputValue(), "first_name");
    await done(s);
  });
});
