// Issue 17 in Chromium against the real core: screens that tell the truth — a derived display name follows edits, Today shows the week, relative times tick, and an early meetup outcome is not "in 3 days".
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";
import { VARIANTS, shot } from "./shots.mjs";

const AMELIE = "Amélie Dubois";
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

/** `YYYY-MM-DDTHH:MM` in Paris (the harness's zone), `days` from now. */
function parisLocal(days, hhmm) {
  const d = new Date(Date.now() + days * 86_400_000);
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
  return `${day}T${hhmm}`;
}

/** The weekday and date Today's week card says for `days` from now ("Wednesday, December 9"). */
function dayHeading(days, locale) {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat(locale, { timeZone: "Europe/Paris", weekday: "long", day: "numeric", month: "long" }).format(d);
}

describe("a derived display name follows edits", () => {
  it("changing the first name changes the display name on screen before and after saving; a typed one stays", async () => {
    const s = await h.openPerson("30", AMELIE);
    const { page } = s;
    await page.getByRole("heading", { level: 1, name: AMELIE }).waitFor();
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const display = page.getByLabel("Display name", { exact: true });
    assert.equal(await display.inputValue(), AMELIE);
    await page.getByLabel("First name", { exact: true }).fill("Amélia");
    assert.equal(await display.inputValue(), "Amélia Dubois", "the form shows the name saving will give");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Amélia Dubois" }).waitFor();

    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await display.fill("Amélia D. (Paris)");
    await page.getByLabel("Last name", { exact: true }).fill("Martin");
    assert.equal(await display.inputValue(), "Amélia D. (Paris)", "a name typed by hand is left alone");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Amélia D. (Paris)" }).waitFor();
    const saved = await h.invoke(page, "person_get", { id: s.id });
    assert.equal(saved.last_name, "Martin");
    await done(s);
  });

  it("screenshots of the edit form after a first-name change", async () => {
    for (const variant of VARIANTS) {
      const s = await h.openPerson("30", AMELIE, { locale: variant[0], colorScheme: variant[1] });
      const { page } = s;
      await page.getByRole("heading", { level: 1, name: AMELIE }).waitFor();
      await page.getByRole("button", { name: variant[0] === "fr-FR" ? "Modifier" : "Edit", exact: true }).click();
      const first = page.getByLabel(variant[0] === "fr-FR" ? "Prénom" : "First name", { exact: true });
      await first.fill("Amélia");
      await first.scrollIntoViewIfNeeded();
      await shot(page, "derived-name", variant);
      await done(s);
    }
  });
});

/** A person with two follow-ups and a meetup in the coming days, in a book with nothing else planned. */
async function plannedWeek(page) {
  const [p] = (await h.invoke(page, "person_list", { limit: 1 })).items;
  const follow = (title, days, hhmm) => h.invoke(page, "followup_create", { input: { title, people: [p.id], due_local: parisLocal(days, hhmm) } });
  await follow("Send the spring lookbook", 2, "10:00");
  await follow("Call about the capsule", 5, "15:30");
  await follow("Too far to show", 9, "09:00");
  await h.invoke(page, "meetup_create", { input: { title: "Coffee near the studio", start_local: parisLocal(1, "11:15"), people: [p.id] } });
  return p;
}

describe("Today shows this week", () => {
  it("lists the next seven days' follow-ups and meetups under their day", async () => {
    const s = await h.open("1", "/people");
    const { page } = s;
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await plannedWeek(page);
    await h.go(page, "/today");
    const week = page.getByRole("region", { name: "This week" });
    await week.waitFor();
    const tomorrow = week.getByRole("region", { name: "Tomorrow" });
    await tomorrow.getByText("Coffee near the studio").waitFor();
    await week.getByRole("region", { name: dayHeading(2, "en-US") }).getByText("Send the spring lookbook").waitFor();
    await week.getByRole("region", { name: dayHeading(5, "en-US") }).getByText("Call about the capsule").waitFor();
    assert.equal(await week.getByText("Too far to show").count(), 0, "nine days away is not this week");
    await done(s);
  });

  it("screenshots of Today with the week", async () => {
    for (const variant of VARIANTS) {
      const s = await h.open("1", "/people", { locale: variant[0], colorScheme: variant[1] });
      const { page } = s;
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await plannedWeek(page);
      await h.go(page, "/today");
      await page.locator("#t-week").waitFor();
      await page.getByText("Call about the capsule").waitFor();
      await shot(page, "today-week", variant);
      await done(s);
    }
  });
});

describe("relative times stay true", () => {
  it("a note's and an interaction's '…ago' move on while the page stays open", async () => {
    const ctx = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
    const page = await ctx.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    await page.clock.install();
    await page.goto(`${h.url}?book=30&zone=Europe/Paris#/people`);
    const id = await h.idOf(page, AMELIE);
    await h.invoke(page, "interaction_create", { input: { kind: "call", body: "Talked about the spring capsule", people: [id] } });
    await h.go(page, `/people/${id}`);
    await page.getByRole("heading", { level: 1, name: AMELIE }).waitFor();
    const item = page.getByRole("list", { name: "Timeline" }).locator("li", { hasText: "Talked about the spring capsule" });
    await item.locator("time", { hasText: "now" }).waitFor();
    await page.clock.fastForward("05:00");
    await item.locator("time", { hasText: "5 minutes ago" }).waitFor();
    const stats = page.locator("dl.stats");
    await stats.getByText("5 minutes ago").waitFor();
    await page.clock.fastForward("02:00:00");
    await item.locator("time", { hasText: /2 hours ago/ }).waitFor();
    await ctx.close();
    assert.deepEqual(problems, []);
  });
});

describe("nothing dated in the future by accident", () => {
  it("an outcome logged before the meetup reads as just now, not 'in 3 days'", async () => {
    const s = await h.openPerson("30", AMELIE);
    const { page, id } = s;
    await page.getByRole("heading", { level: 1, name: AMELIE }).waitFor();
    const m = await h.invoke(page, "meetup_create", { input: { title: "Coffee", start_local: parisLocal(3, "10:30"), people: [id] } });
    await h.invoke(page, "meetup_outcome", { id: m.id, outcome: "Met early: she was free this morning." });
    await h.go(page, "/today");
    await h.go(page, `/people/${id}`);
    const item = page.getByRole("list", { name: "Timeline" }).locator("li", { hasText: "Met early" });
    await item.locator("time", { hasText: "now" }).waitFor();
    assert.ok(await item.getByText("In person", { exact: true }).isVisible(), "the channel in words, not the key in_person");
    const stats = page.locator("dl.stats");
    await stats.getByText("now", { exact: true }).waitFor();
    assert.equal(await page.getByText(/in 3 days|tomorrow/).count(), 0, "nothing on the page is in the future");
    await done(s);
  });

  it("screenshots of the person page after an early outcome", async () => {
    for (const variant of VARIANTS) {
      const s = await h.openPerson("30", AMELIE, { locale: variant[0], colorScheme: variant[1] });
      const { page, id } = s;
      await page.getByRole("heading", { level: 1, name: AMELIE }).waitFor();
      const m = await h.invoke(page, "meetup_create", { input: { title: "Coffee", start_local: parisLocal(3, "10:30"), people: [id] } });
      await h.invoke(page, "meetup_outcome", { id: m.id, outcome: "Met early: she was free this morning." });
      await h.go(page, "/today");
      await h.go(page, `/people/${id}`);
      await page.getByText("Met early: she was free this morning.").first().waitFor();
      await shot(page, "early-outcome", variant);
      await done(s);
    }
  });
});
