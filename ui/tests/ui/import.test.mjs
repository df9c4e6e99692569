// Issue 5 flows in Chromium against the mock shell: the CSV mapping screen, dry run, cancel, the confirm-required retry, exports.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";

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

/** Opens the import screen with `files` (path → text) ready for the mocked open dialog, answering `pick`. */
async function openImport(pick, files = {}, importMs = 300) {
  const s = await h.open("40", "/io");
  await s.page.evaluate(
    ([p, f, ms]) => Object.assign(window, { __liaisonPick: p, __liaisonFiles: f, __liaisonImportMs: ms }),
    [pick, files, importMs],
  );
  return s;
}

const CSV = [
  "Prénom;Nom;E-mail;Pays;Instagram;Abonnés;Commentaire",
  "Léa;Martin;lea.martin@example.fr;FR;@lea.cuisine;12 500;<img src=x onerror=window.__xss=1>",
  "Hugo;Bernard;hugo@@example;FR;@hugo.tech;45k;",
  "Zoé;Petit;zoe.petit@example.fr;BE;@zoe;8k;",
].join("\n");

describe("CSV mapping screen", () => {
  it("shows the guessed fields, the detected delimiter and the problem row; a dry run writes nothing", async () => {
    const s = await openImport("/tmp/salon.csv", { "/tmp/salon.csv": CSV });
    const { page } = s;
    await page.getByRole("button", { name: "Choose file…" }).click();
    await page.getByText("Read as UTF-8, separated by semicolons.").waitFor();
    assert.equal(await page.getByLabel("Field for Prénom").inputValue(), "first_name", "Prénom is guessed as the first name");
    assert.equal(await page.getByLabel("Field for Nom").inputValue(), "last_name", "Nom beside Prénom is the family name");
    assert.equal(await page.getByLabel("Field for E-mail").inputValue(), "email");
    assert.equal(await page.getByLabel("Field for Instagram").inputValue(), "handle");
    assert.equal(await page.getByLabel("Platform for Instagram").inputValue(), "instagram");
    assert.equal(await page.getByLabel("Field for Commentaire").inputValue(), "ignore", "an unknown header is ignored");
    const bad = page.locator("tbody tr.bad");
    assert.equal(await bad.count(), 1, "one row has a problem");
    assert.match(await bad.innerText(), /hugo@@example/);
    assert.match(await bad.innerText(), /not an e-mail/);
    // A cell holding markup shows as text, never as an element.
    await page.getByRole("cell", { name: "<img src=x onerror=window.__xss=1>" }).waitFor();
    const before = await page.evaluate(() => window.__liaisonMock.rows.length);
    await page.getByRole("button", { name: "Check (dry run)" }).click();
    await page.getByRole("heading", { name: "Check finished: these problems would stop the import (nothing was written)" }).waitFor();
    const report = page.locator(".outcome");
    assert.match(await report.innerText(), /2 people created/);
    assert.match(await report.innerText(), /3\s+E-mail\s+this is not an e-mail/);
    assert.equal(await page.evaluate(() => window.__liaisonMock.rows.length), before, "a dry run adds nobody");
    await done(s);
  });

  it("an invalid row stops the import; 'valid rows only' imports the others, found by search", async () => {
    const s = await openImport("/tmp/salon.csv", { "/tmp/salon.csv": CSV });
    const { page } = s;
    await page.getByRole("button", { name: "Choose file…" }).click();
    await page.getByLabel("Field for Commentaire").selectOption("note");
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
    const s = await openImport("/tmp/salon.csv", { "/tmp/salon.csv": CSV });
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
    const s = await openImport("/tmp/salon.csv", { "/tmp/salon.csv": CSV }, 4000);
    const { page } = s;
    await page.getByRole("button", { name: "Choose file…" }).click();
    const before = await page.evaluate(() => window.__liaisonMock.rows.length);
    await page.getByLabel("Import the valid rows only").check();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    assert.equal(await page.getByRole("progressbar").count(), 0, "no bar during the first second");
    await page.getByRole("progressbar", { name: "Progress" }).waitFor({ timeout: 3000 });
    await page.getByText("Cancelling writes nothing.").waitFor();
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("Import cancelled. Nothing was written.").waitFor();
    assert.equal(await page.evaluate(() => window.__liaisonMock.rows.length), before, "a cancelled import adds nobody");
    await done(s);
  });

  it("a cancelled file dialog changes nothing", async () => {
    const s = await openImport(null);
    const { page } = s;
    await page.getByRole("button", { name: "Choose file…" }).click();
    await page.waitForTimeout(100);
    assert.equal(await page.getByText("File:").count(), 0);
    await done(s);
  });
});

describe("confirm before replacing half the book", () => {
  it("asks on confirm_required; Don't import leaves it; Import anyway retries with force", async () => {
    const s = await openImport("/tmp/replace-all.liaison.json");
    const { page } = s;
    await page.getByLabel("Liaison bundle").check();
    await page.getByRole("button", { name: "Choose file…" }).click();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Replace much of your book?" });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /more than half/);
    await dialog.getByRole("button", { name: "Don't import" }).click();
    await dialog.waitFor({ state: "hidden" });
    assert.equal(await page.locator(".outcome").count(), 0, "nothing was merged");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await dialog.getByRole("button", { name: "Import anyway" }).click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor();
    const report = await page.locator(".outcome").innerText();
    assert.match(report, /38 records added/);
    assert.match(report, /2 records deleted \(your teammate deleted them\)/);
    assert.match(report, /Conflicts \(3\)/);
    await done(s);
  });
});

describe("exports", () => {
  it("sends the Excel options with CSV exports and the person id from a person page", async () => {
    const s = await openImport(undefined);
    const { page } = s;
    await page.getByRole("tab", { name: "Export" }).click();
    await page.getByLabel("Separate with semicolons (;)").check();
    await page.getByLabel("Add a byte order mark, so Excel reads accents").check();
    await page.getByRole("button", { name: "Export people (CSV)" }).click();
    await page.getByText("Saved to /home/you/Documents/people.csv").waitFor();
    await page.getByRole("button", { name: "Export the calendar (.ics)" }).click();
    const sent = await page.evaluate(() => window.__liaisonExports);
    assert.deepEqual(sent[0], { kind: "people_csv", bom: true, semicolon: true, job: sent[0].job });
    assert.equal(sent[1].kind, "ics");
    await done(s);
  });
});
