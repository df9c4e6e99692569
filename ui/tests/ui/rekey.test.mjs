// Issue 17 in Chromium against the real core: a passphrase book's passphrase changed from Settings; a wrong current one, a mismatch and a keychain book are each said in words.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";
import { VARIANTS, shot } from "./shots.mjs";

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

async function unlocked(s) {
  const { page } = s;
  await page.getByRole("heading", { name: /Unlock your book|Déverrouill/ }).waitFor();
  await page.locator("input[type=password]").first().fill("correct horse battery");
  await page.locator("form button[type=submit]").first().click();
  await page.getByRole("navigation").first().waitFor();
  await h.go(page, "/settings");
  await page.locator("#set-passphrase").waitFor();
}

describe("changing the passphrase", () => {
  it("asks the current one, refuses a wrong one and a mismatch, then changes it", async () => {
    const s = await h.open("locked", "/settings");
    const { page } = s;
    await unlocked(s);
    const current = page.getByLabel("Current passphrase", { exact: true });
    const next = page.getByLabel("New passphrase", { exact: true });
    const again = page.getByLabel("New passphrase again", { exact: true });
    const change = page.getByRole("button", { name: "Change the passphrase" });
    await current.fill("not it at all");
    await next.fill("a brand new passphrase");
    await again.fill("a brand new passphrase!");
    await change.click();
    await page.getByRole("alert").filter({ hasText: "The two new passphrases differ." }).waitFor();
    await again.fill("a brand new passphrase");
    await change.click();
    await page.getByRole("alert").filter({ hasText: "This is not the book’s current passphrase." }).waitFor();
    await current.fill("correct horse battery");
    await change.click();
    await page.getByRole("status").filter({ hasText: "Passphrase changed." }).waitFor();
    assert.equal(await current.inputValue(), "", "the secrets are cleared from the form once used");
    // The book stays open and answers after the swap.
    await h.go(page, "/people");
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await done(s);
  });

  it("a keychain book says it has no passphrase to change", async () => {
    const s = await h.open("30", "/settings");
    const { page } = s;
    await page.locator("#set-passphrase").waitFor();
    await page.getByLabel("Current passphrase", { exact: true }).fill("whatever it may be");
    await page.getByLabel("New passphrase", { exact: true }).fill("a brand new passphrase");
    await page.getByLabel("New passphrase again", { exact: true }).fill("a brand new passphrase");
    await page.getByRole("button", { name: "Change the passphrase" }).click();
    await page.getByRole("alert").filter({ hasText: "kept in the system keychain" }).waitFor();
    await done(s);
  });

  it("screenshots of the Passphrase settings, EN/FR, light/dark", async () => {
    for (const variant of VARIANTS) {
      const s = await h.open("30", "/settings", { locale: variant[0], colorScheme: variant[1] });
      const { page } = s;
      await page.locator("#set-passphrase").scrollIntoViewIfNeeded();
      await shot(page, "settings-passphrase", variant);
      await done(s);
    }
  });
});
