// The key and the safety net in Chromium against the real core (the development backend): Unlock screens, the recovery key once, Settings → Backups.
// SHOTS=<dir> also saves screenshots of each screen in light and dark, English and French.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { start } from "./harness.mjs";

let h;
before(async () => {
  h = await start();
});
after(async () => {
  await h?.stop();
});

async function done({ ctx, problems }) {
  await ctx.close();
  assert.deepEqual(problems, [], "the page must not throw or run injected script");
}

async function shot(page, name) {
  if (!process.env.SHOTS) return;
  mkdirSync(process.env.SHOTS, { recursive: true });
  await page.screenshot({ path: `${process.env.SHOTS}/${name}.png` });
}

describe("unlock", () => {
  it("asks for the passphrase of an existing book, says when it is wrong, and opens with the right one", async () => {
    const s = await h.open("locked");
    const { page } = s;
    await page.getByRole("heading", { name: "Unlock your book" }).waitFor();
    assert.ok(await page.getByText("The system keychain is not available").isVisible(), "the screen says why it asks");
    assert.equal(await page.getByRole("navigation", { name: "Main" }).count(), 0, "nothing of the app shows before the key");
    const field = page.getByLabel("Passphrase or recovery key", { exact: true });
    assert.ok(await field.evaluate((el) => el === document.activeElement), "the field has the focus");
    await field.fill("not it at all");
    await page.keyboard.press("Enter");
    await page.getByRole("alert").filter({ hasText: "does not open your data" }).waitFor();
    assert.equal(await field.inputValue(), "", "a refused secret is not kept in the field");
    await field.fill("correct horse battery");
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    await done(s);
  });

  it("has a new book's passphrase chosen twice, long enough", async () => {
    const s = await h.open("newlocked");
    const { page } = s;
    await page.getByRole("heading", { name: "Choose a passphrase" }).waitFor();
    await page.getByLabel("Passphrase", { exact: true }).fill("short");
    await page.getByLabel("Type it again", { exact: true }).fill("short");
    await page.getByRole("button", { name: "Encrypt and open" }).click();
    await page.getByRole("alert").filter({ hasText: "at least 8 characters" }).waitFor();
    await page.getByLabel("Passphrase", { exact: true }).fill("a long enough one");
    await page.getByLabel("Type it again", { exact: true }).fill("a long enough oen");
    await page.getByRole("button", { name: "Encrypt and open" }).click();
    await page.getByRole("alert").filter({ hasText: "differ" }).waitFor();
    await page.getByLabel("Type it again", { exact: true }).fill("a long enough one");
    await page.getByRole("button", { name: "Encrypt and open" }).click();
    await page.getByRole("button", { name: "Add a person", exact: true }).waitFor();
    await done(s);
  });

  it("shows a new recovery key once, and Escape does not lose it", async () => {
    const s = await h.open("empty&recovery=1");
    const { page } = s;
    const dialog = page.getByRole("dialog", { name: "Your recovery key" });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /([A-Z0-9]{4}\s+){13}[A-Z0-9]{4}/, "the core's new key is shown in 14 groups of 4");
    await page.keyboard.press("Escape");
    assert.ok(await dialog.isVisible(), "only the explicit button closes it");
    await page.getByRole("button", { name: "I have written it down" }).click();
    await dialog.waitFor({ state: "detached" });
    await done(s);
  });
});

describe("backups", () => {
  it("backs up now, restores after a confirmation, and checks the book", async () => {
    const s = await h.open("12", "/settings");
    const { page } = s;
    const rows = page.locator("table tbody tr");
    await page.getByRole("button", { name: "Back up now" }).waitFor();
    const before = (await h.invoke(page, "backup_list")).length;
    await page.getByRole("button", { name: "Back up now" }).click();
    await page.getByText("Backup made.").waitFor();
    await h.until(async () => (await rows.count()) === before + 1, "the new backup to be listed");
    assert.match(await rows.first().innerText(), /By hand/, "newest first, with its reason in words");
    assert.equal((await h.invoke(page, "backup_list")).length, before + 1, "the core made the file");

    await page.getByRole("button", { name: "Check the book" }).click();
    await page.getByText(/^No problems found \(\d+ checks\)\.$/).waitFor();

    await rows.first().getByRole("button", { name: /^Restore the backup of / }).click();
    const confirm = page.getByRole("dialog", { name: "Restore this backup?" });
    await confirm.waitFor();
    assert.match(await confirm.innerText(), /backed up first/);
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await confirm.waitFor({ state: "hidden" });
    assert.equal(await rows.count(), before + 1, "Cancel restores nothing");
    await done(s);
  });
});

describe("screenshots", { skip: !process.env.SHOTS }, () => {
  for (const [lang, locale] of [["en", "en-US"], ["fr", "fr-FR"]]) {
    for (const scheme of ["light", "dark"]) {
      it(`${lang} ${scheme}`, async () => {
        const opts = { locale, colorScheme: scheme };
        const tag = `${lang}-${scheme}`;
        let s = await h.open("newlocked", "/people", opts);
        await s.page.locator("form").waitFor();
        await shot(s.page, `unlock-new-${tag}`);
        await s.ctx.close();
        s = await h.open("locked", "/people", opts);
        await s.page.locator("input[type=password]").fill("wrong one");
        await s.page.keyboard.press("Enter");
        await s.page.getByRole("alert").waitFor();
        await shot(s.page, `unlock-wrong-${tag}`);
        await s.ctx.close();
        s = await h.open("empty&recovery=1", "/people", opts);
        await s.page.getByRole("dialog").waitFor();
        await shot(s.page, `recovery-${tag}`);
        await s.page.emulateMedia({ media: "print" });
        await shot(s.page, `recovery-print-${tag}`);
        await s.ctx.close();
        s = await h.open("12", "/settings", opts);
        await s.page.getByRole("button", { name: /^(Back up now|Sauvegarder maintenant)$/ }).click();
        await s.page.locator("table tbody tr").first().waitFor();
        await s.page.locator(".buttons .btn").nth(1).click();
        await s.page.locator(".report").waitFor();
        await s.page.locator("#backups-title").scrollIntoViewIfNeeded();
        await shot(s.page, `backups-${tag}`);
        await s.ctx.close();
      });
    }
  }
});
