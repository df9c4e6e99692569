// Issue 5 and 14 flows in Chromium against the real core (the development backend): the CSV mapping screen, a workbook's sheets, dry run, cancel, the confirm-required retry, exports.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.stop();
});

async function done({ page, ctx, problems }) {
  assert.equal(await page.evaluate(() => window.__xss), undefined, "no injected script may have run");
  await ctx.close();
  assert.deepEqual(problems, [], "the page must not throw or run injected script");
}

const files = mkdtempSync(join(tmpdir(), "liaison-flows-"));

/** Writes `text` to a file of that name and answers the next open dialog with it. */
async function offer(page, name, text) {
  const path = join(files, name);
  writeFileSync(path, text);
  await h.dev(page, "pick", { paths: [path] });
  return path;
}

/** Opens the import screen of a 40-person book, with `text` (if any) ready in the open dialog. */
async function openImport(name, text) {
  const s = await h.open("40", "/io");
  if (text !== undefined) await offer(s.page, name, text);
  return s;
}

const count = async (page) => (await h.invoke(page, "app_info")).person_count;

const CSV = [
  "Prénom;Nom;E-mail;Pays;Instagram;Abonnés;Commentaire",
  "Léa;Martin;lea.martin@example.fr;FR;@lea.cuisine;12 500;<img src=x onerror=window.__xss=1>",
  "Hugo;Bernard;hugo@@example;FR;@hugo.tech;45k;",
  "Zoé;Petit;zoe.petit@example.fr;BE;@zoe;8k;",
].join("\n");

describe("CSV mapping screen", () => {
  it("shows the guessed fields, the detected delimiter and the problem row; a dry run writes nothing", async () => {
    const s = await openImport("salon.csv", CSV);
    const { page } = s;
    await page.getByRole("button", { name: "Choose file…" }).click();
    await page.getByText("Read as UTF-8, separated by semicolons.").waitFor();
    assert.equal(await page.getByLabel("Field for Prénom").inputValue(), "first_name", "Prénom is guessed as the first name");
    assert.equal(await page.getByLabel("Field for Nom").inputValue(), "last_name", "Nom beside Prénom is the family name");
    assert.equal(await page.getByLabel("Field for E-mail").inputValue(), "email");
    assert.equal(await page.getByLabel("Field for Instagram").inputValue(), "handle");
    assert.equal(await page.getByLabel("Platform for Instagram").inputValue(), "instagram");
    assert.equal(await page.getByLabel("Field for Commentaire").inputValue(), "note", "the core reads a comment column as the note");
    const bad = page.locator("tbody tr.bad");
    assert.equal(await bad.count(), 1, "one row has a problem");
    assert.match(await bad.innerText(), /hugo@@example/);
    assert.match(await bad.innerText(), /not an e-mail/);
    // A cell holding markup shows as text, never as an element.
    await page.getByRole("cell", { name: "<img src=x onerror=window.__xss=1>" }).waitFor();
    const before = await count(page);
    await page.getByRole("button", { name: "Check (dry run)" }).click();
    await page.getByRole("heading", { name: "Check finished: these problems would stop the import (nothing was written)" }).waitFor();
    const report = page.locator(".outcome");
    assert.doesNotMatch(await report.innerText(), /created/, "an import that would stop creates nobody, and the check does not pretend otherwise");
    assert.match(await report.innerText(), /3\s+E-mail\s+this is not an e-mail/);
    assert.equal(await count(page), before, "a dry run adds nobody");
    await done(s);
  });

  it("an invalid row stops the import; 'valid rows only' imports the others, found by search", async () => {
    const s = await openImport("salon.csv", CSV);
    const { page } = s;
    await page.getByRole("button", { name: "Choose file…" }).click();
    await page.getByLabel("Field for Commentaire").selectOption("ignore");
    await page.getByText("You changed the mapping").waitFor();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("heading", { name: "Nothing was imported: some rows have problems" }).waitFor();
    await page.getByLabel("Import the valid rows only").check();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor();
    assert.match(await page.locator(".outcome").innerText(), /2 people created[\s\S]*1 row skipped/);
    await page.keyboard.press("Control+k");
    await page.keyboard.type("Zoé Petit");
    await page.getByRole("option", { name: /Zoé Petit/ }).waitFor();
    await done(s);
  });

  it("blocks Import when no column gives a name, and when two columns fill one field", async () => {
    const s = await openImport("salon.csv", CSV);
    const { page } = s;
    await page.getByRole("button", { name: "Choose file…" }).click();
    await page.getByLabel("Field for Pays").selectOption("first_name");
    await page.getByText("Also chosen for another column").first().waitFor();
    assert.ok(await page.getByRole("button", { name: "Import", exact: true }).isDisabled());
    await page.getByLabel("Field for Pays").selectOption("country");
    await page.getByLabel("Field for Prénom").selectOption("ignore");
    await page.getByLabel("Field for Nom").selectOption("ignore");
    await page.getByText("No column gives a name").waitFor();
    assert.ok(await page.getByRole("button", { name: "Check (dry run)" }).isDisabled());
    await done(s);
  });

  it("a long import shows a progress bar after a second; Cancel writes nothing and says so", async () => {
    // Big enough that the real import takes several seconds, so the bar shows and Cancel arrives mid-way.
    const rows = Array.from({ length: 200000 }, (_, i) => `Léa${i};Martin${i};lea${i}@example.fr;FR;@lea${i};${i};`);
    const s = await openImport("big.csv", [CSV.split("\n")[0], ...rows].join("\n"));
    const { page } = s;
    await page.getByRole("button", { name: "Choose file…" }).click();
    const before = await count(page);
    await page.getByLabel("Import the valid rows only").check();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    assert.equal(await page.getByRole("progressbar").count(), 0, "no bar during the first second");
    await page.getByRole("progressbar", { name: "Progress" }).waitFor({ timeout: 3000 });
    await page.getByText("Cancelling writes nothing.").waitFor();
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("Import cancelled. Nothing was written.").waitFor();
    assert.equal(await count(page), before, "a cancelled import adds nobody");
    await done(s);
  });

  it("a cancelled file dialog changes nothing", async () => {
    const s = await openImport();
    const { page } = s;
    await page.getByRole("button", { name: "Choose file…" }).click();
    await page.waitForTimeout(100);
    assert.equal(await page.getByText("File:").count(), 0);
    await done(s);
  });
});

// A Google Contacts export as Google writes it: each value beside its label, values joined by " ::: ".
const GOOGLE = [
  "First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - City,Address 1 - Country",
  "Amara,Mensah,* myContacts ::: Influencers,* Work,amara@accrabeauty.example,Mobile,+233 24 123 4567,Accra,Ghana",
  "Nereus,Okafor,* myContacts,* Home,nereus@deepblue.example,,,Poseidonia,Atlantis",
  "Amara,M.,* starred,Home,amara.home@example.gh,Mobile,024 123 4567,,Ghana",
].join("\n");

describe("contact exports", () => {
  for (const [locale, say] of [
    ["en-US", { pick: "Choose file…", import: "Import", done: "Import finished", kept: "Kept as written", known: "Already known", phone: "phone number", earlier: "Amara Mensah (line 2 of this file)" }],
    ["fr-FR", { pick: "Choisir le fichier…", import: "Importer", done: "Import terminé", kept: "Gardé tel quel", known: "Déjà connus", phone: "numéro de téléphone", earlier: "Amara Mensah (ligne 2 de ce fichier)" }],
  ]) {
    it(`a Google Contacts file imports with no mapping; the report lists the country kept as written and who was already known (${locale})`, async () => {
      const s = await h.open("empty", "/io", { locale });
      const { page } = s;
      await offer(page, "contacts.csv", GOOGLE);
      await page.getByRole("button", { name: say.pick }).click();
      assert.equal(await page.locator("tbody tr.bad").count(), 0, "no row has a problem: labels are not e-mails, Atlantis is no problem");
      await page.getByRole("button", { name: say.import, exact: true }).click();
      await page.getByRole("heading", { name: say.done }).waitFor();
      const kept = page.getByRole("table", { name: say.kept });
      assert.match(await kept.innerText(), /3\s+Address 1 - Country\s+.*Atlantis/, "the line, the column and the value kept in a note");
      const known = page.getByRole("table", { name: say.known });
      const row = await known.innerText();
      assert.ok(row.includes(say.earlier) && row.includes(say.phone), `the fourth line is Amara, by her phone in another spelling: ${row}`);
      assert.equal(await count(page), 2, "Amara once, Nereus once");
      await done(s);
    });
  }
});

/** A committed workbook fixture (tests/fixtures/workbooks, made by scripts/fixtures/workbooks.py). */
const workbook = (name) => fileURLToPath(new URL(`../../../tests/fixtures/workbooks/${name}`, import.meta.url));

describe("workbook mapping screen", () => {
  it("opens on the first sheet, reloads on another sheet chosen, and imports that sheet's people", async () => {
    // A book of its own: the 40-person book already knows an Amélie Dubois.
    const s = await h.open("empty", "/io");
    const { page } = s;
    await h.dev(page, "pick", { paths: [workbook("people.xlsx")] });
    await page.getByRole("button", { name: "Choose file…" }).click();
    await page.getByText("Read as an Excel workbook.").waitFor();
    const sheet = page.getByLabel("Sheet", { exact: true });
    assert.equal(await sheet.inputValue(), "Notes", "the first sheet by default");
    assert.deepEqual(await sheet.locator("option").allInnerTexts(), ["Notes", "Influenceurs 2024"]);
    await sheet.selectOption("Influenceurs 2024");
    await page.getByLabel("Field for Prénom").waitFor();
    assert.equal(await page.getByLabel("Field for Abonnés Instagram").inputValue(), "followers", "the same guesses as for CSV");
    const first = page.locator("tbody tr").first();
    assert.match(await first.innerText(), /^2\s/, "the sheet's own row numbers");
    assert.match(await first.innerText(), /12500[\s\S]*2024-03-12/, "a count without .0, a date cell as a date");
    const before = await count(page);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor();
    assert.match(await page.locator(".outcome").innerText(), /4 people created/);
    assert.equal(await count(page), before + 4, "the chosen sheet's people, not the notes sheet's");
    await done(s);
  });

  it("a LinkedIn export's notes above its header are skipped, and the screen says how many lines", async () => {
    const s = await openImport();
    const { page } = s;
    const file = fileURLToPath(new URL("../../../tests/fixtures/bad/linkedin_connections.csv", import.meta.url));
    await h.dev(page, "pick", { paths: [file] });
    await page.getByRole("button", { name: "Choose file…" }).click();
    await page.getByText("3 lines of notes before the header row were skipped.").waitFor();
    assert.equal(await page.getByLabel("Field for First Name").inputValue(), "first_name", "the header row found under the notes");
    assert.match(await page.locator("tbody tr").first().innerText(), /^5\s/, "rows keep the file's line numbers");
    assert.equal(await page.getByLabel("Sheet", { exact: true }).count(), 0, "a CSV file has no sheet chooser");
    await done(s);
  });

  it("a damaged workbook says so and offers no import", async () => {
    const s = await openImport();
    const { page } = s;
    await h.dev(page, "pick", { paths: [workbook("truncated.xlsx")] });
    await page.getByRole("button", { name: "Choose file…" }).click();
    await page.getByRole("alert").getByText(/damaged, incomplete/).waitFor();
    assert.equal(await page.getByRole("button", { name: "Import", exact: true }).count(), 0);
    await done(s);
  });
});

describe("confirm before replacing half the book", () => {
  it("asks on confirm_required; Don't import leaves it; Import anyway retries with force", async () => {
    // A book of people only: in the sample book, 25 people are far from half of all its records.
    const s = await h.open("empty", "/io");
    const { page } = s;
    for (let i = 0; i < 40; i++) await h.invoke(page, "person_create", { input: { first_name: `Invitée ${i}`, last_name: "Salon" } });
    const ours0 = await count(page);
    // A teammate takes in our whole book, deletes 25 of its 40 people, and sends theirs back.
    await h.invoke(page, "export_save", { kind: "bundle" });
    const ours = (await h.dev(page, "record")).saved.at(-1).path;
    const mate = await h.open("empty", "/io");
    await h.dev(mate.page, "pick", { paths: [ours] });
    const picked = await h.invoke(mate.page, "file_pick", {});
    await h.invoke(mate.page, "import_bundle", { path: picked, dry_run: false });
    const theirs = (await h.invoke(mate.page, "person_list", { limit: 100, filter: { archived: "include" } })).items;
    assert.equal(theirs.length, ours0, "the teammate has our people, under our ids");
    for (const p of theirs.slice(0, 25)) await h.invoke(mate.page, "person_delete", { id: p.id });
    await h.invoke(mate.page, "export_save", { kind: "bundle" });
    const back = (await h.dev(mate.page, "record")).saved.at(-1).path;
    await mate.ctx.close();

    await h.dev(page, "pick", { paths: [back] });
    await page.getByLabel("Liaison bundle").check();
    await page.getByRole("button", { name: "Choose file…" }).click();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Replace much of your book?" });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /more than half/);
    await dialog.getByRole("button", { name: "Don't import" }).click();
    await dialog.waitFor({ state: "hidden" });
    assert.equal(await page.locator(".outcome").count(), 0, "nothing was merged");
    assert.equal(await count(page), ours0, "the core wrote nothing");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await dialog.getByRole("button", { name: "Import anyway" }).click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor();
    assert.match(await page.locator(".outcome").innerText(), /\b25 records deleted \(your teammate deleted them\)/);
    assert.equal(await count(page), ours0 - 25, "the teammate's deletions were merged");
    await done(s);
  });
});

describe("exports", () => {
  it("writes the Excel options into the CSV, and a person's page exports that person", async () => {
    const s = await openImport();
    const { page } = s;
    await page.getByRole("tab", { name: "Export" }).click();
    assert.equal(await page.getByLabel("Separate with semicolons (;)").isChecked(), false, "in English, commas by default");
    assert.equal(await page.getByLabel("Add a byte order mark, so Excel reads accents").isChecked(), false, "and no BOM");
    await page.getByLabel("Separate with semicolons (;)").check();
    await page.getByLabel("Add a byte order mark, so Excel reads accents").check();
    await page.getByRole("button", { name: "Export people (CSV)" }).click();
    await page.getByText(/^Saved to .+\.csv$/).waitFor();
    await page.getByRole("button", { name: "Export the calendar (.ics)" }).click();
    await page.getByText(/^Saved to .+\.ics$/).waitFor();
    const [csv, ics] = (await h.dev(page, "record")).saved;
    assert.ok(csv.text.startsWith("\uFEFF"), "a byte order mark first, so Excel reads accents");
    assert.match(csv.text.split(/\r?\n/)[0], /;/, "columns separated by semicolons, as French Excel wants");
    assert.equal(csv.text.trim().split(/\r?\n/).length, 1 + (await count(page)), "a header and a line per person, archived ones too");
    assert.match(ics.text, /^BEGIN:VCALENDAR/);
    // A person's page: everything about them, and the dossier, name that person.
    const { person } = await h.invoke(page, "person_create", { input: { first_name: "Inès", last_name: "Exportée" } });
    await h.go(page, `/people/${person.id}`);
    await page.getByRole("button", { name: "Export everything about this person" }).click();
    await page.getByText(/^Saved to .+\.json$/).waitFor();
    await page.getByRole("button", { name: "Print dossier" }).click();
    await page.getByText(/Dossier saved to .*\.html/).waitFor();
    const [bundle, dossier] = (await h.dev(page, "record")).saved.slice(2);
    assert.ok(bundle.text.includes(person.id), "the bundle is hers");
    assert.equal(bundle.text.match(/"display_name"/g)?.length, 1, "and only hers, not the book's 40 others");
    assert.ok(dossier.text.includes("Inès Exportée"), "the dossier is hers");
    await done(s);
  });

  it("in French, sets the CSV for French Excel by default (BOM and semicolons), and unticked gives plain commas", async () => {
    const s = await h.open("40", "/io", { locale: "fr-FR" });
    const { page } = s;
    await page.getByRole("tab", { name: "Exporter" }).click();
    const semicolon = page.getByLabel("Séparer par des points-virgules (;)");
    const bom = page.getByLabel("Ajouter une marque d’ordre des octets (BOM), pour qu’Excel lise les accents");
    assert.equal(await semicolon.isChecked(), true, "French Excel splits on semicolons");
    assert.equal(await bom.isChecked(), true, "and reads accents right only with a BOM");
    await page.getByText("Réglé pour Excel en français").waitFor();
    await page.getByRole("button", { name: "Exporter les personnes (CSV)" }).click();
    await page.getByText(/^Enregistré dans .+\.csv$/).first().waitFor();
    await semicolon.uncheck();
    await bom.uncheck();
    await page.getByRole("button", { name: "Exporter les relances (CSV)" }).click();
    await h.until(async () => (await h.dev(page, "record")).saved.length === 2, "the second file is saved");
    const [excel, plain] = (await h.dev(page, "record")).saved;
    assert.ok(excel.text.startsWith("\uFEFFId;Name;"), `BOM and semicolons by default: ${excel.text.slice(0, 20)}`);
    assert.match(excel.text, /\r\n/, "CRLF record ends");
    assert.ok(plain.text.startsWith("Id,Title,"), `unticked, plain UTF-8 with commas: ${plain.text.slice(0, 20)}`);
    await done(s);
  });
});
