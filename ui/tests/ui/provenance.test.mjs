// Issue 14 in Chromium against the real core: a person created by an import says where they came from, takes a job title and a birthday in the form, and a photo (shown on their page and in the list, removable).
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.stop();
});

const files = mkdtempSync(join(tmpdir(), "liaison-provenance-"));

// One card as a phone's address book writes it (invented person).
const CARD = [
  "BEGIN:VCARD",
  "VERSION:3.0",
  "N:Caron;Inès;;;",
  "FN:Inès Caron",
  "EMAIL;type=INTERNET;type=WORK:ines@maisonverte.example",
  "ORG:Maison Verte",
  "END:VCARD",
  "",
].join("\r\n");

// A real 1×1 PNG.
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4z8DwHwAFAAIBoLXFtQAAAABJRU5ErkJggg==";

/** Imports `text` as the file `name` through the shell's own commands (picked, then imported). */
async function importCard(page, name, text) {
  const path = join(files, name);
  writeFileSync(path, text);
  await h.dev(page, "pick", { paths: [path] });
  await h.invoke(page, "file_pick", { filters: [] });
  return h.invoke(page, "import_vcard", { path });
}

describe("where a person came from", () => {
  it("shows the import on the person page, then the title, birthday and photo the person was given", async () => {
    const { page, ctx, problems } = await h.open("empty", "/people");
    const report = await importCard(page, "contacts.vcf", CARD);
    assert.equal(report.created, 1, JSON.stringify(report));
    const id = await h.idOf(page, "Inès Caron");
    await h.go(page, `/people/${id}`);
    await page.getByRole("heading", { name: "Inès Caron", level: 1 }).waitFor();

    const history = page.getByRole("region", { name: "Where this came from" });
    await history.getByText("Created from contacts.vcf").waitFor();
    assert.match(await history.innerText(), /vCard ·/, "the format is named beside the date");
    assert.match(await page.locator("dd", { hasText: "contacts.vcf" }).first().innerText(), /^vCard contacts\.vcf, \d{4}-\d{2}-\d{2}$/, "the Source field says file and date");

    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Job title", { exact: true }).fill("Head of partnerships");
    await page.getByLabel("Birthday", { exact: true }).fill("1991-02-30");
    await page.getByRole("button", { name: "Save" }).click();
    const birthday = page.getByLabel("Birthday", { exact: true });
    await page.waitForSelector("#f-birthday[aria-invalid=true]");
    assert.match(await page.locator("form").innerText(), /Use a date such as 1990-04-17, or --04-17 when the year is unknown\./, "a day that does not exist is refused in the reader's words");
    await birthday.fill("--04-17");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("button", { name: "Edit" }).waitFor();

    assert.match(await page.locator(".subtitle").innerText(), /Head of partnerships at Maison Verte/, "the title beside the employer");
    const contact = page.getByRole("region", { name: "Contact" });
    assert.match(await contact.innerText(), /Birthday\s+April 17/, "a birthday without a year reads as a day of the year");

    // A photo over the cap is refused before it is sent, in words; a real one is kept.
    const photoInput = page.locator("input[type=file]");
    await photoInput.setInputFiles({ name: "big.png", mimeType: "image/png", buffer: Buffer.alloc(300 * 1024) });
    await page.getByText("This image is 300 KB: a photo may be at most 256 KB.", { exact: false }).waitFor();
    await photoInput.setInputFiles({ name: "ines.png", mimeType: "image/png", buffer: Buffer.from(PNG, "base64") });
    const photoButton = page.getByRole("button", { name: "Change the photo of Inès Caron" });
    await photoButton.waitFor();
    assert.ok((await photoButton.locator("img").getAttribute("src"))?.startsWith("data:image/png;base64,"), "the page shows her photo");

    await h.go(page, "/people");
    const row = page.getByRole("row", { name: /Inès Caron/ });
    await row.locator("img").waitFor();
    assert.ok((await row.locator("img").getAttribute("src"))?.startsWith("data:image/png;base64,"), "the list shows her photo");
    await h.go(page, `/people/${id}`);
    await page.getByRole("button", { name: "Remove photo" }).click();
    await page.getByRole("button", { name: "Add a photo of Inès Caron" }).waitFor();
    assert.equal((await h.invoke(page, "person_get", { id })).photo, undefined, "the core removed it");

    await ctx.close();
    assert.deepEqual(problems, [], "the page must not throw");
  });

  it("says it in French", async () => {
    const { page, ctx, problems } = await h.open("empty", "/people", { locale: "fr-FR" });
    await importCard(page, "carnet.vcf", CARD);
    const id = await h.idOf(page, "Inès Caron");
    await h.go(page, `/people/${id}`);
    const history = page.getByRole("region", { name: "D’où viennent ces données" });
    await history.getByText("Créé depuis carnet.vcf").waitFor();
    await ctx.close();
    assert.deepEqual(problems, [], "the page must not throw");
  });
});
