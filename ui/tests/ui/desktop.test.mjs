// Issue 17 flows in Chromium against the real shell and core (the development backend): a file dropped on the window opens the import screen as if picked, a liaison:// link opens the person, and Settings' "On this computer" saves closing to the tray.
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

async function done({ page, ctx, problems }) {
  await ctx.close();
  assert.deepEqual(problems, [], "the page must not throw");
}

const files = mkdtempSync(join(tmpdir(), "liaison-drop-"));

describe("the app on the desktop", () => {
  it("a CSV dropped on any screen opens the import with its columns mapped, and imports", async () => {
    const s = await h.open("40", "/settings");
    const { page } = s;
    await page.getByRole("heading", { name: "Settings" }).waitFor();
    const path = join(files, "salon.csv");
    writeFileSync(path, "Prénom;Nom;E-mail\nAnaïs;Lefèvre;anais.lefevre@example.fr\n");
    await h.dev(page, "drop", { paths: [path] });
    await page.getByText("Read as UTF-8, separated by semicolons.").waitFor();
    assert.equal(await page.getByLabel("Field for E-mail").inputValue(), "email", "the mapping screen of the dropped file");
    assert.match(page.url(), /#\/io$/, "on the import screen");
    const before = (await h.invoke(page, "app_info")).person_count;
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await h.until(async () => (await h.invoke(page, "app_info")).person_count === before + 1, "Anaïs imported");
    await done(s);
  });

  it("a file the imports cannot read is refused with the reason, and nothing opens", async () => {
    const s = await h.open("40", "/today");
    const { page } = s;
    const photo = join(files, "portrait.png");
    writeFileSync(photo, "not really a picture");
    await h.dev(page, "drop", { paths: [photo] });
    await page.getByText("Liaison imports CSV files, workbooks (.xlsx, .xls, .ods), vCards (.vcf) and Liaison bundles (.json).").waitFor();
    assert.doesNotMatch(page.url(), /#\/io/, "the screen stays as it was");
    await h.dev(page, "drop", { paths: [photo, photo] });
    await page.getByText("Drop one file at a time.").waitFor();
    await done(s);
  });

  it("a liaison://person link opens the person", async () => {
    const s = await h.open("40", "/today");
    const { page } = s;
    const id = (await h.invoke(page, "person_list", {})).items[0].id;
    assert.equal(await h.dev(page, "link", { url: `liaison://person/${id}` }), true);
    await h.until(async () => page.url().endsWith(`#/people/${id}`), "the person's page");
    assert.equal(await h.dev(page, "link", { url: "liaison://event/x" }), false, "other links open nothing");
    await done(s);
  });

  it("turning off 'Keep running in the tray' is saved in the book", async () => {
    const s = await h.open("40", "/settings");
    const { page } = s;
    const box = page.getByLabel("Keep running in the tray");
    await box.waitFor();
    assert.equal(await box.isChecked(), true, "on by default");
    await box.uncheck();
    await page.getByText("Closing the window now quits Liaison.").waitFor();
    assert.equal((await h.invoke(page, "settings_get")).close_to_tray, false);
    assert.equal((await h.invoke(page, "settings_get")).time_zone, "Europe/Paris", "the zone is kept");
    await done(s);
  });
});
