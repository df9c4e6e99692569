// The vCard export's version in Chromium against the real core: 3.0 (Outlook, Google Contacts) unless the person picks 4.0.
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

describe("vCard export", () => {
  it("writes 3.0 by default and 4.0 when chosen", async () => {
    const s = await h.open("40", "/io");
    const { page } = s;
    await page.getByRole("tab", { name: "Export" }).click();
    const version = page.getByLabel("vCard version");
    assert.equal(await version.inputValue(), "3.0", "3.0 is what Outlook and Google Contacts read");
    await page.getByRole("button", { name: "Export people (vCard)" }).click();
    await page.getByText(/^Saved to .+\.vcf$/).waitFor();
    // Both files go to the same name: each is read as soon as it is written.
    const [v3] = (await h.dev(page, "record")).saved;
    await version.selectOption("4.0");
    const exportButton = page.getByRole("button", { name: "Export people (vCard)" });
    await exportButton.click();
    // The save dialog's answer is recorded before the file is written (and both go to one name):
    // the second file is read once its export has ended, when the button is enabled again.
    await page.waitForFunction(() => [...document.querySelectorAll("button")].some((b) => b.textContent?.includes("Export people (vCard)") && !b.disabled));
    const v4 = await h.until(async () => (await h.dev(page, "record")).saved[1], "the second file");
    assert.match(v3.text, /^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    assert.match(v3.text, /\r\nREV:\d{8}T\d{6}Z\r\n/, "REV in whole seconds, as clients read it");
    assert.match(v4.text, /^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    assert.equal(v3.text.match(/BEGIN:VCARD/g).length, v4.text.match(/BEGIN:VCARD/g).length, "the same people in both");
    await done(s);
  });
});
