// Issue 17 in Chromium against the real core: the recovery key shown again from Settings (after the keychain's check, or a typed secret), and copied.
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

const CLIPBOARD = { permissions: ["clipboard-read", "clipboard-write"] };

describe("the recovery key again", () => {
  it("Settings shows it after the keychain's check, and Copy puts it on the clipboard", async () => {
    const s = await h.open("30", "/settings", CLIPBOARD);
    const { page } = s;
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await page.getByRole("button", { name: "Show the recovery key" }).click();
    const dialog = page.getByRole("dialog", { name: "Your recovery key" });
    await dialog.waitFor();
    const shown = (await dialog.locator(".key .group").allTextContents()).join("-");
    assert.match(shown, /^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/, "fourteen groups of four");
    assert.ok(await dialog.getByText("You can show it again in Settings.", { exact: false }).isVisible(), "no more 'never shown again'");
    await dialog.getByRole("button", { name: "Copy" }).click();
    await page.getByRole("status").filter({ hasText: "Recovery key copied." }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown, "the clipboard holds the key as shown");
    await dialog.getByRole("button", { name: "I have written it down" }).click();
    await dialog.waitFor({ state: "hidden" });
    await done(s);
  });

  it("a passphrase book asks for the secret, refuses a wrong one, and says it has no recovery key", async () => {
    const s = await h.open("locked", "/settings");
    const { page } = s;
    await page.getByRole("heading", { name: "Unlock your book" }).waitFor();
    await page.getByLabel("Passphrase or recovery key", { exact: true }).fill("correct horse battery");
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    await h.go(page, "/settings");
    await page.getByRole("button", { name: "Show the recovery key" }).click();
    const field = page.getByLabel("Passphrase or recovery key", { exact: true });
    await field.waitFor();
    await field.fill("not it at all");
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: "This does not open your book." }).waitFor();
    await field.fill("correct horse battery");
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: "it has no recovery key" }).waitFor();
    assert.equal(await page.getByRole("dialog").count(), 0, "no key is shown for a passphrase book");
    await done(s);
  });

  it("screenshots of the recovery key shown again", async () => {
    for (const variant of VARIANTS) {
      const s = await h.open("30", "/settings", { locale: variant[0], colorScheme: variant[1], ...CLIPBOARD });
      const { page } = s;
      await page.locator("#set-recovery").waitFor();
      await page.locator("#set-recovery").locator("xpath=..").getByRole("button").click();
      await page.getByRole("dialog").waitFor();
      await shot(page, "recovery-key", variant);
      await done(s);
    }
  });
});
