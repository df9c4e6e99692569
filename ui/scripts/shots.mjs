// Takes screenshots of the dev server over the development backend (both themes, both languages) to look at the UI.
// Usage: node scripts/shots.mjs [outDir] [only-name-substring]   (needs `npm run dev` and Debian chromium)
import { chromium } from "playwright-core";
import { mkdirSync, writeFileSync } from "node:fs";

const out = process.argv[2] ?? "/tmp/liaison-shots";
const only = process.argv[3] ?? "";
const base = process.env.LIAISON_URL ?? "http://127.0.0.1:5173/";
mkdirSync(out, { recursive: true });

const AMELIE = "Amélie Dubois";
const TRICKY = "Tester";

/** A call to the page's own book, from inside the page (same origin as the backend's routes). */
async function backend(page, path, body) {
  await page.waitForFunction(() => window.__liaisonSession !== undefined);
  return page.evaluate(
    async ([path, body]) => {
      const res = await fetch(`/__liaison/${path}`, { method: "POST", body: JSON.stringify({ session: window.__liaisonSession, ...body }) });
      return res.json();
    },
    [path, body],
  );
}

/** Opens a person's page by name: the book makes its own ids. */
async function toPerson(page, name) {
  const { ok } = await backend(page, "invoke", { cmd: "person_search", args: { req: { query: name, limit: 1 } } });
  await page.evaluate((id) => (location.hash = `/people/${id}`), ok[0].id);
}

/** Writes `text` to a temp file and answers the next open dialog with it. */
async function offer(page, name, text) {
  const path = `${out}/${name}`;
  writeFileSync(path, text);
  await backend(page, "dev", { op: "pick", paths: [path] });
}

const scenes = [
  { name: "firstrun", url: "?book=empty#/people" },
  { name: "people", url: "?book=demo#/people", wait: ".body .row .text" },
  { name: "person", url: "?book#/people", person: AMELIE, wait: "h1" },
  { name: "tricky", url: "?book#/people", person: TRICKY, wait: "h1" },
  {
    name: "edit",
    url: "?book#/people", person: AMELIE,
    wait: "h1",
    act: async (p) => {
      await p.getByRole("button", { name: /^(Edit|Modifier)$/ }).click();
    },
  },
  {
    name: "new-errors",
    url: "?book=20#/people/new",
    wait: "form",
    act: async (p, fr) => {
      await p.getByLabel(fr ? "E-mail" : "Email", { exact: true }).fill("not-an-email");
      await p.getByLabel(fr ? "Pays" : "Country", { exact: true }).fill("XX");
      await p.getByRole("button", { name: fr ? "Enregistrer" : "Save" }).click();
      await p.waitForSelector("[aria-invalid=true]");
    },
  },
  {
    name: "search",
    url: "?book=demo#/people",
    wait: ".body .row .text",
    act: async (p) => {
      await p.keyboard.press("Control+k");
      await p.keyboard.type("ame");
      await p.waitForSelector("[role=option]");
      await p.keyboard.press("ArrowDown");
    },
  },
  { name: "settings", url: "?book=demo#/settings", wait: "h1" },
  { name: "today", url: "?book=300#/today", wait: "[aria-labelledby=t-cold] li" },
  { name: "today-calm", url: "?book=3#/today", wait: "h1" },
  {
    name: "snooze",
    url: "?book=300#/today",
    wait: "[aria-labelledby=t-cold] li",
    act: async (p) => {
      await p.locator("[aria-haspopup=menu]").first().click();
    },
  },
  { name: "timeline", url: "?book=300#/people", person: AMELIE, wait: "ol article" },
  {
    name: "insights",
    url: "?book=300#/people", person: AMELIE,
    wait: "ol article",
    act: async (p) => {
      await p.locator("#ins-title").scrollIntoViewIfNeeded();
    },
  },
  {
    name: "log-form",
    url: "?book=300#/people", person: AMELIE,
    wait: "ol article",
    act: async (p, fr) => {
      await p.getByRole("button", { name: fr ? "Noter un échange" : "Log interaction" }).click();
      await p.locator("input[name=ix-direction][value=given]").check({ force: true });
    },
  },
  {
    name: "followup-form",
    url: "?book=300#/people", person: AMELIE,
    wait: "ol article",
    act: async (p, fr) => {
      await p.getByRole("button", { name: fr ? "Ajouter une relance" : "Add follow-up" }).click();
      await p.locator("#fu-repeat").selectOption("weeks");
      await p.locator(".day").first().click();
    },
  },
  { name: "xss-note", url: "?book=300#/people", person: TRICKY, wait: "[aria-labelledby=notes-title] article" },
  {
    name: "search-text",
    url: "?book=300#/today",
    wait: "h1",
    act: async (p) => {
      await p.keyboard.press("Control+k");
      await p.keyboard.type("repair");
      await p.waitForSelector("[role=group] [role=option]");
    },
  },
  { name: "toonew", url: "?book=toonew#/people", wait: "[role=alert]" },
  { name: "events", url: "?book=300#/events", wait: "ul a" },
  {
    name: "event",
    url: "?book=300#/events",
    wait: "ul a",
    act: async (p) => {
      await p.getByRole("link", { name: /VivaTech/ }).first().click();
      await p.waitForSelector("table tbody tr");
    },
  },
  { name: "event-new", url: "?book=300#/events/new", wait: "form" },
  {
    name: "capture",
    url: "?book=300#/today",
    wait: "h1",
    act: async (p) => {
      await p.keyboard.press("Control+j");
      await p.keyboard.type("Amélie: loved the panel #vip -> send the deck fri");
      await p.waitForSelector("[role=option]");
      await p.keyboard.press("ArrowDown");
    },
  },
  { name: "city", url: "?book=300#/city/Paris/FR", wait: "#cv-in" },
  // Issue 5: import and export (a salon CSV with a few problem rows).
  {
    name: "io-mapping",
    url: "?book=300#/io",
    wait: "[role=tablist]",
    act: async (p) => {
      const rows = ["Léa;Martin;lea.martin@example.fr;FR;@lea.cuisine;12 500", "Hugo;Bernard;hugo@@example;FR;@hugo.tech;45k", "Zoé;Petit;zoe.petit@example.fr;XX;@zoe;8k"];
      await offer(p, "salon.csv", ["Prénom;Nom;E-mail;Pays;Instagram;Abonnés", ...rows].join("\n"));
      await p.getByRole("button", { name: /^(Choose file…|Choisir le fichier…)$/ }).click();
      await p.waitForSelector("tbody tr.bad");
      await p.locator("#map-rows").scrollIntoViewIfNeeded();
    },
  },
  // Issue 14: a workbook's mapping screen, on its second sheet.
  {
    name: "io-workbook",
    url: "?book=300#/io",
    wait: "[role=tablist]",
    act: async (p) => {
      const file = new URL("../../tests/fixtures/workbooks/people.xlsx", import.meta.url).pathname;
      await backend(p, "dev", { op: "pick", paths: [decodeURIComponent(file)] });
      await p.getByRole("button", { name: /^(Choose file…|Choisir le fichier…)$/ }).click();
      await p.getByRole("combobox", { name: /^(Sheet|Feuille)$/ }).selectOption("Influenceurs 2024");
      await p.waitForSelector("tbody tr td.num");
      await p.locator(".file").evaluate((e) => e.scrollIntoView());
    },
  },
  {
    name: "io-preamble",
    url: "?book=300#/io",
    wait: "[role=tablist]",
    act: async (p) => {
      const file = new URL("../../tests/fixtures/bad/linkedin_connections.csv", import.meta.url).pathname;
      await backend(p, "dev", { op: "pick", paths: [decodeURIComponent(file)] });
      await p.getByRole("button", { name: /^(Choose file…|Choisir le fichier…)$/ }).click();
      await p.waitForSelector("tbody tr td.num");
      await p.locator(".file").evaluate((e) => e.scrollIntoView());
    },
  },
  {
    name: "io-progress",
    url: "?book=300#/io",
    wait: "[role=tablist]",
    act: async (p) => {
      const rows = Array.from({ length: 60000 }, (_, i) => `Nom ${i};p${i}@example.fr;FR`);
      await offer(p, "big.csv", ["Nom complet;E-mail;Pays", ...rows].join("\n"));
      await p.getByRole("button", { name: /^(Choose file…|Choisir le fichier…)$/ }).click();
      await p.getByRole("button", { name: /^(Import|Importer)$/ }).click();
      await p.waitForSelector("progress", { timeout: 5000 });
      await p.waitForTimeout(1500);
      await p.locator("progress").scrollIntoViewIfNeeded();
    },
  },
  {
    name: "io-report",
    url: "?book=300#/io",
    wait: "[role=tablist]",
    act: async (p) => {
      const rows = Array.from({ length: 400 }, (_, i) => `Nom ${i};${i % 3 ? `p${i}@example.fr` : `p${i}@@example`};${i % 5 ? "FR" : "XX"}`);
      await offer(p, "contacts-salon.csv", ["Nom complet;E-mail;Pays", ...rows].join("\n"));
      await p.getByRole("button", { name: /^(Choose file…|Choisir le fichier…)$/ }).click();
      await p.waitForSelector("tbody tr.bad");
      await p.getByRole("button", { name: /^(Check \(dry run\)|Vérifier \(essai à blanc\))$/ }).click();
      await p.waitForSelector(".outcome h3");
      await p.waitForTimeout(600);
    },
  },
  {
    name: "io-export",
    url: "?book=300#/io",
    wait: "[role=tablist]",
    act: async (p) => {
      await p.getByRole("tab", { name: /^(Export|Exporter)$/ }).click();
    },
  },
];

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
let failures = 0;
for (const theme of ["light", "dark"]) {
  for (const locale of ["en", "fr"]) {
    for (const s of scenes) {
      const file = `${s.name}-${theme}-${locale}`;
      if (only && !file.includes(only)) continue;
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: theme, locale: locale === "fr" ? "fr-FR" : "en-US" });
      await ctx.addInitScript((l) => localStorage.setItem("liaison.locale", l), locale);
      const page = await ctx.newPage();
      page.on("console", (m) => m.type() === "error" && console.log(`[${file}] console: ${m.text()}`));
      page.on("pageerror", (e) => { failures++; console.log(`[${file}] pageerror: ${e.message}`); });
      page.on("dialog", (d) => { failures++; console.log(`[${file}] UNEXPECTED DIALOG (script ran?): ${d.message()}`); void d.dismiss(); });
      await page.goto(base + s.url);
      if (s.person) await toPerson(page, s.person);
      if (s.wait) await page.waitForSelector(s.wait, { timeout: 15000 });
      else await page.waitForTimeout(600);
      if (s.act) await s.act(page, locale === "fr");
      await page.waitForTimeout(250);
      await page.screenshot({ path: `${out}/${file}.png` });
      await ctx.close();
    }
  }
}
await browser.close();
console.log(`screenshots in ${out}; ${failures} page errors`);
process.exit(failures ? 1 : 0);
