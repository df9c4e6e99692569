// Issue 3 flows in Chromium against the real core (the development backend): Today, the timeline, Undo, notes that carry XSS, search.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";

const AMELIE = "Amélie Dubois";
const TRICKY = "Tester";
let h;

before(async () => {
  h = await start();
});
after(async () => {
  await h?.stop();
});

async function done({ page, ctx, problems }) {
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "no injected script may have run");
  await ctx.close();
  assert.deepEqual(problems, [], "the page must not throw or run injected script");
}

describe("Today", () => {
  it("is the start screen and lists overdue follow-ups and people going cold, latest first", async () => {
    const s = await h.open("300", "");
    const { page } = s;
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Today" }).getAttribute("aria-current"), "page");
    const overdue = page.getByRole("region", { name: /^Overdue/ });
    await overdue.getByText("Send the moodboard").waitFor();
    assert.ok(await overdue.getByText("Thank-you note for the keynote share").isVisible());
    const cold = page.getByRole("region", { name: /^Going cold/ });
    const late = await cold.getByText(/^\d+ days? late$/).allTextContents();
    assert.ok(late.length >= 2, "several people are going cold in the sample");
    const days = late.map((t) => Number(t.split(" ")[0]));
    assert.deepEqual(days, [...days].sort((a, b) => b - a), "the latest come first");
    assert.ok(await page.getByRole("region", { name: "People we only take from" }).getByRole("link").first().isVisible());
    await done(s);
  });

  it("Done takes a follow-up off the list; a person link opens their page", async () => {
    const s = await h.open("300", "/today");
    const { page } = s;
    const row = page.getByRole("listitem").filter({ hasText: "Send the moodboard" });
    await row.getByRole("button", { name: "Done", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Done: Send the moodboard" }).waitFor();
    await row.waitFor({ state: "detached" });
    // Due later today (the core counts one already past as overdue): whoever it is for, the link opens them.
    const who = page.getByRole("region", { name: /^Due today/ }).getByRole("link").first();
    const name = (await who.textContent()).trim();
    await who.click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await done(s);
  });

  it("Snooze offers 1 hour, Tomorrow, Next week and Pick a time…", async () => {
    const s = await h.open("300", "/today");
    const { page } = s;
    const row = page.getByRole("listitem").filter({ hasText: "Thank-you note for the keynote share" });
    await row.getByRole("button", { name: "Snooze" }).click();
    const items = await page.getByRole("menu", { name: "Snooze" }).getByRole("menuitem").allTextContents();
    assert.deepEqual(items, ["1 hour", "Tomorrow", "Next week", "Pick a time…"]);
    await page.getByRole("menuitem", { name: "Tomorrow" }).click();
    await page.getByRole("status").filter({ hasText: /^Snoozed/ }).waitFor();
    // Snoozed to tomorrow, it leaves what is due and waits under Tomorrow in the week ahead.
    const week = page.getByRole("region", { name: "This week" });
    await week.getByRole("region", { name: "Tomorrow" }).getByRole("listitem").filter({ hasText: "Thank-you note for the keynote share" }).waitFor();
    await h.until(async () => (await row.count()) === 1, "the follow-up to show once, under Tomorrow");
    await done(s);
  });

  it("stays calm when nothing is due", async () => {
    const s = await h.open("3", "/today");
    await s.page.getByText("Nothing due. Enjoy the quiet.").waitFor();
    await done(s);
  });

  it("follow-ups coming due show one notice that counts them and leads to Today, which takes it away", async () => {
    const s = await h.open("300", "/people");
    const { page } = s;
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    // The shell's reminder check, now: every follow-up that came due is announced to the window once.
    const n = await h.dev(page, "tick");
    assert.ok(n >= 2, "the overdue follow-ups are announced");
    assert.equal(await h.dev(page, "tick"), 0, "and only once");
    const notice = page.getByRole("status").filter({ hasText: `${n} follow-ups due` });
    await notice.waitFor();
    assert.equal(await page.locator(".toasts .toast").count(), 1, "one notice for all of them, not a toast each over the table");
    await page.waitForTimeout(4500);
    assert.ok(await notice.isVisible(), "a reminder stays longer than a confirmation");
    await notice.getByRole("button", { name: "Open Today" }).click();
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    await notice.waitFor({ state: "detached" });
    await done(s);
  });

  it("on Today the notice counts down as follow-ups are done, names the last one, and leaves by itself", async () => {
    const s = await h.open("300", "/today");
    const { page } = s;
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    const n = await h.dev(page, "tick");
    const notice = page.locator(".toasts .toast");
    await notice.filter({ hasText: `${n} follow-ups due` }).waitFor();
    assert.equal(await notice.getByRole("button", { name: "Open Today" }).count(), 0, "no way to Today on Today itself");
    const shown = Date.now();
    // Done with all but the moodboard: the notice follows, then names the one left.
    const due = page
      .getByRole("region", { name: /^(Overdue|Due today)/ })
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: "Done", exact: true }) });
    for (let left = n; left > 1; left--) {
      const other = due.filter({ hasNotText: "Send the moodboard" }).first();
      await other.getByRole("button", { name: "Done", exact: true }).click();
      if (left - 1 > 1) await notice.filter({ hasText: `${left - 1} follow-ups due` }).waitFor();
    }
    const named = page.getByRole("status").filter({ hasText: "Due now: Send the moodboard (Amélie Dubois)" });
    await named.waitFor();
    assert.ok(await named.getByRole("button", { name: "Open" }).isVisible(), "one follow-up: a way to its person");
    await named.waitFor({ state: "detached", timeout: 25_000 });
    const after = (Date.now() - shown) / 1000;
    assert.ok(after > 10, `the notice left by itself after a while (${after.toFixed(1)} s), not at once`);
    await done(s);
  });
});

describe("timeline", () => {
  it("a logged interaction appears at the top of the timeline", async () => {
    const s = await h.openPerson("300", AMELIE);
    const { page } = s;
    await page.getByRole("button", { name: "Log interaction" }).click();
    const form = page.getByRole("form", { name: "Log interaction" });
    await form.getByLabel("Kind").selectOption("call");
    await form.getByText("Given", { exact: true }).click();
    assert.equal(await form.getByRole("radio", { name: "Given" }).isChecked(), true);
    await form.getByLabel("What was exchanged").selectOption("exclusive_information");
    await form.getByLabel("Channel").fill("Phone");
    await form.getByLabel("Other people involved").pressSequentially("Jade");
    await page.getByRole("listbox", { name: "Suggestions" }).getByRole("option").first().click();
    await form.getByLabel("What happened").fill("Told her **first** about the spring drop.");
    await form.getByRole("button", { name: "Save interaction" }).click();
    await form.waitFor({ state: "detached" });
    const first = page.getByRole("list", { name: "Timeline" }).getByRole("article").first();
    // The timeline reloads after the save: wait for the new one to take the top.
    await first.getByRole("heading", { name: "Call" }).waitFor();
    assert.match(await first.textContent(), /Given · Exclusive information/);
    assert.equal(await first.locator("strong").textContent(), "first", "the body is rendered markdown");
    assert.ok(await first.getByRole("link", { name: /Jade/ }).isVisible(), "the other person is linked");
    await done(s);
  });

  it("delete, then Undo, brings the interaction back", async () => {
    const s = await h.openPerson("300", AMELIE);
    const { page } = s;
    const list = page.getByRole("list", { name: "Timeline" });
    const first = list.getByRole("article").first();
    await first.waitFor();
    const title = await first.textContent();
    assert.match(title, /repair capsule/);
    await first.getByRole("button", { name: "Delete interaction" }).click();
    await list.getByText("Workshop on the").waitFor({ state: "detached" });
    await page.getByRole("status").filter({ hasText: "Interaction deleted" }).getByRole("button", { name: "Undo" }).click();
    await list.getByText("Workshop on the").waitFor();
    assert.match(await list.getByRole("article").first().textContent(), /repair capsule/, "it is back in its place");
    await done(s);
  });

  it("edits an interaction in place; Escape leaves the form", async () => {
    const s = await h.openPerson("300", AMELIE);
    const { page } = s;
    const list = page.getByRole("list", { name: "Timeline" });
    await list.getByRole("article").nth(1).getByRole("button", { name: "Edit interaction" }).click();
    const form = page.getByRole("form", { name: "Edit interaction" });
    assert.equal(await form.getByLabel("What happened").inputValue(), "Story about our repair programme beta, 45k views. [The post](https://instagram.com/p/example)");
    await form.getByLabel("What happened").fill("Story with 52k views.");
    await form.getByRole("button", { name: "Save interaction" }).click();
    await list.getByText("Story with 52k views.").waitFor();
    await page.getByRole("button", { name: "Log interaction" }).click();
    await page.getByRole("form", { name: "Log interaction" }).getByLabel("Channel").press("Escape");
    await page.getByRole("form", { name: "Log interaction" }).waitFor({ state: "detached" });
    await done(s);
  });

  it("filters by kind and pages with Show more", async () => {
    const s = await h.openPerson("300", AMELIE);
    const { page } = s;
    const list = page.getByRole("list", { name: "Timeline" });
    await list.getByRole("article").first().waitFor();
    assert.equal(await list.getByRole("article").count(), 20);
    await page.getByRole("button", { name: "Show more" }).click();
    await page.getByRole("button", { name: "Show more" }).waitFor({ state: "detached" });
    assert.equal(await list.getByRole("article").count(), 24, "the second page follows the first");
    await page.getByLabel("Filter by kind").selectOption("mention");
    await page.waitForFunction(() => document.querySelectorAll("[aria-label=Timeline] article").length === 1);
    await done(s);
  });
});

describe("notes", () => {
  const XSS = "<script>window.__pwned = 1</script> <img src=x onerror=window.__pwned=2> [x](javascript:window.__pwned=3) <svg onload=window.__pwned=4> <iframe src=javascript:window.__pwned=5></iframe>";

  it("a note with XSS payloads shows them as text and runs nothing", async () => {
    const s = await h.openPerson("300", TRICKY);
    const { page } = s;
    await page.getByRole("button", { name: "Add note" }).click();
    await page.getByLabel("Note text", { exact: true }).fill(XSS);
    await page.getByRole("button", { name: "Save note" }).click();
    const notes = page.getByRole("region", { name: "Notes" });
    await notes.getByText("<script>window.__pwned = 1</script>", { exact: false }).waitFor();
    for (const literal of ["<img src=x onerror=window.__pwned=2>", "[x](javascript:window.__pwned=3)", "<svg onload=window.__pwned=4>", "<iframe"]) {
      assert.ok((await notes.textContent()).includes(literal), `${literal} is shown as typed`);
    }
    assert.equal(await notes.locator("script, img, svg:not(.icon), iframe, a").count(), 0, "no element came out of the note");
    await page.waitForTimeout(300);
    await done(s);
  });

  it("pins, edits and deletes a note; links ask before opening in the browser", async () => {
    const s = await h.openPerson("300", AMELIE);
    const { page } = s;
    const notes = page.getByRole("region", { name: "Notes" });
    const second = notes.getByRole("article", { name: "Note", exact: true });
    await second.getByRole("button", { name: "Pin note" }).click();
    await notes.getByRole("article", { name: "Pinned note" }).nth(1).waitFor();
    await notes.getByRole("button", { name: "Edit note" }).first().click();
    await page.getByLabel("Note text", { exact: true }).fill("See [her site](https://amelie.example.fr).");
    await page.getByRole("button", { name: "Save note" }).click();
    await notes.getByRole("link", { name: "her site" }).click();
    const ask = page.getByRole("dialog", { name: "Open this link in your browser?" });
    await ask.getByText("https://amelie.example.fr").waitFor();
    await ask.getByRole("button", { name: "Open in browser" }).click();
    const opened = await h.until(async () => (await h.dev(page, "record")).opened.length && (await h.dev(page, "record")).opened, "link_open");
    assert.deepEqual(opened, ["https://amelie.example.fr/"], "the shell's link_open got the URL (as the URL parser writes it)");
    assert.equal(page.url().includes("amelie.example.fr"), false, "the window itself never navigates away");
    const count = await notes.getByRole("article").count();
    await notes.getByRole("button", { name: "Delete note" }).first().click();
    await page.waitForFunction((n) => document.querySelectorAll("[aria-labelledby=notes-title] article").length === n - 1, count);
    await done(s);
  });
});

describe("settings", () => {
  it("the Time zone select saves through settings_set and follow-up forms use it", async () => {
    const s = await h.open("300", "/settings");
    const { page } = s;
    const zone = page.getByLabel("Time zone");
    await page.waitForFunction(() => document.getElementById("set-zone")?.value === "Europe/Paris", null, { timeout: 5000 });
    await zone.selectOption("America/Toronto");
    await page.getByRole("status").filter({ hasText: "Time zone set to America/Toronto" }).waitFor();
    assert.equal((await h.invoke(page, "settings_get")).time_zone, "America/Toronto", "the core keeps the zone");
    await h.go(page, `/people/${await h.idOf(page, AMELIE)}`);
    await page.getByRole("button", { name: "Add follow-up" }).click();
    await page.getByText("In America/Toronto (change it in Settings).").waitFor();
    await done(s);
  });
});

describe("follow-ups and search", () => {
  it("adds a weekly follow-up from the person page", async () => {
    const s = await h.openPerson("300", AMELIE);
    const { page } = s;
    await page.getByRole("button", { name: "Add follow-up" }).click();
    const form = page.getByRole("form", { name: "Add follow-up" });
    await form.getByLabel("Title").fill("Weekly sync");
    await form.getByLabel("Repeats").selectOption("weeks");
    await form.getByLabel("Interval (weeks)").fill("2");
    await form.getByText("Mon", { exact: true }).click();
    await form.getByText("Thu", { exact: true }).click();
    await form.getByRole("button", { name: "Save follow-up" }).click();
    const row = page.getByRole("region", { name: "Follow-ups" }).getByRole("listitem").filter({ hasText: "Weekly sync" });
    await row.getByText("Every 2 weeks on Mon, Thu").waitFor();
    await done(s);
  });

  it("Ctrl+K finds words in interactions and notes, and Enter opens the person", async () => {
    const s = await h.open("300", "/today");
    const { page } = s;
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    await page.keyboard.press("Control+k");
    await page.getByRole("combobox", { name: "Search people" }).pressSequentially("greenwashing");
    const group = page.getByRole("group", { name: "In interactions and notes" });
    await group.getByRole("option").first().waitFor();
    assert.match(await group.getByRole("option").first().textContent(), /Amélie Dubois/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Amélie Dubois" }).waitFor();
    await done(s);
  });
});
