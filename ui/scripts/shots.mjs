// Takes screenshots of the dev server in mock mode (both themes, both languages) to look at the UI.
// Usage: node scripts/shots.mjs [outDir] [only-name-substring]   (needs `npm run dev` and Debian chromium)
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";

const out = process.argv[2] ?? "/tmp/liaison-shots";
const only = process.argv[3] ?? "";
const base = process.env.LIAISON_URL ?? "http://127.0.0.1:5173/";
mkdirSync(out, { recursive: true });

const AMELIE = "0193a000-0000-7000-8000-aaaaaaaaaaaa";
const TRICKY = "0193a000-0000-7000-8000-bbbbbbbbbbbb";

const scenes = [
  { name: "firstrun", url: "?mock=empty#/people" },
  { name: "people", url: "?mock#/people", wait: ".body .row .text" },
  { name: "person", url: `?mock#/people/${AMELIE}`, wait: "h1" },
  { name: "tricky", url: `?mock#/people/${TRICKY}`, wait: "h1" },
  {
    name: "edit",
    url: `?mock#/people/${AMELIE}`,
    wait: "h1",
    act: async (p) => {
      await p.getByRole("button", { name: /^(Edit|Modifier)$/ }).click();
    },
  },
  {
    name: "new-errors",
    url: "?mock=20#/people/new",
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
    url: "?mock#/people",
    wait: ".body .row .text",
    act: async (p) => {
      await p.keyboard.press("Control+k");
      await p.keyboard.type("ame");
      await p.waitForSelector("[role=option]");
      await p.keyboard.press("ArrowDown");
    },
  },
  { name: "settings", url: "?mock#/settings", wait: "h1" },
  { name: "today", url: "?mock=300#/today", wait: "[aria-labelledby=t-cold] li" },
  { name: "today-calm", url: "?mock=3#/today", wait: "h1" },
  {
    name: "snooze",
    url: "?mock=300#/today",
    wait: "[aria-labelledby=t-cold] li",
    act: async (p) => {
      await p.locator("[aria-haspopup=menu]").first().click();
    },
  },
  { name: "timeline", url: `?mock=300#/people/${AMELIE}`, wait: "ol article" },
  {
    name: "insights",
    url: `?mock=300#/people/${AMELIE}`,
    wait: "ol article",
    act: async (p) => {
      await p.locator("#ins-title").scrollIntoViewIfNeeded();
    },
  },
  {
    name: "log-form",
    url: `?mock=300#/people/${AMELIE}`,
    wait: "ol article",
    act: async (p, fr) => {
      await p.getByRole("button", { name: fr ? "Noter un échange" : "Log interaction" }).click();
      await p.locator("input[name=ix-direction][value=given]").check({ force: true });
    },
  },
  {
    name: "followup-form",
    url: `?mock=300#/people/${AMELIE}`,
    wait: "ol article",
    act: async (p, fr) => {
      await p.getByRole("button", { name: fr ? "Ajouter une relance" : "Add follow-up" }).click();
      await p.locator("#fu-repeat").selectOption("weeks");
      await p.locator(".day").first().click();
    },
  },
  { name: "xss-note", url: `?mock=300#/people/${TRICKY}`, wait: "[aria-labelledby=notes-title] article" },
  {
    name: "search-text",
    url: "?mock=300#/today",
    wait: "h1",
    act: async (p) => {
      await p.keyboard.press("Control+k");
      await p.keyboard.type("repair");
      await p.waitForSelector("[role=group] [role=option]");
    },
  },
  { name: "toonew", url: "?mock=toonew#/people", wait: "[role=alert]" },
  { name: "events", url: "?mock=300#/events", wait: "ul a" },
  {
    name: "event",
    url: "?mock=300#/events",
    wait: "ul a",
    act: async (p) => {
      await p.getByRole("link", { name: /VivaTech/ }).first().click();
      await p.waitForSelector("table tbody tr");
    },
  },
  { name: "event-new", url: "?mock=300#/events/new", wait: "form" },
  {
    name: "capture",
    url: "?mock=300#/today",
    wait: "h1",
    act: async (p) => {
      await p.keyboard.press("Control+j");
      await p.keyboard.type("Amélie: loved the panel #vip -> send the deck fri");
      await p.waitForSelector("[role=option]");
      await p.keyboard.press("ArrowDown");
    },
  },
  { name: "city", url: "?mock=300#/city/Paris/FR", wait: "#cv-in" },
  // Issue 5: import and export (the mock's sample CSV has three problem rows).
  {
    name: "io-mapping",
    url: "?mock=300#/io",
    wait: "[role=tablist]",
    act: async (p) => {
      await p.getByRole("button", { name: /^(Choose file…|Choisir le fichier…)$/ }).click();
      await p.waitForSelector("tbody tr.bad");
      await p.locator("#map-rows").scrollIntoViewIfNeeded();
    },
  },
  {
    name: "io-progress",
    url: "?mock=300#/io",
    wait: "[role=tablist]",
    act: async (p) => {
      await p.evaluate(() => Object.assign(window, { __liaisonImportMs: 20000 }));
      await p.getByRole("button", { name: /^(Choose file…|Choisir le fichier…)$/ }).click();
      await p.waitForSelector("tbody tr.bad");
      await p.getByRole("button", { name: /^(Import|Importer)$/ }).click();
      await p.waitForSelector("progress", { timeout: 5000 });
      await p.waitForTimeout(1500);
      await p.locator("progress").scrollIntoViewIfNeeded();
    },
  },
  {
    name: "io-report",
    url: "?mock=300#/io",
    wait: "[role=tablist]",
    act: async (p) => {
      const rows = Array.from({ length: 400 }, (_, i) => `Nom ${i};${i % 3 ? `p${i}@example.fr` : `p${i}@@example`};${i % 5 ? "FR" : "XX"}`);
      await p.evaluate((text) => Object.assign(window, { __liaisonPick: "/tmp/contacts-salon.csv", __liaisonImportMs: 200, __liaisonFiles: { "/tmp/contacts-salon.csv": text } }), ["Nom complet;E-mail;Pays", ...rows].join("\n"));
      await p.getByRole("button", { name: /^(Choose file…|Choisir le fichier…)$/ }).click();
      await p.waitForSelector("tbody tr.bad");
      await p.getByRole("button", { name: /^(Check \(dry run\)|Vérifier \(essai à blanc\))$/ }).click();
      await p.waitForSelector(".outcome h3");
      await p.waitForTimeout(600);
    },
  },
  {
    name: "io-confirm",
    url: "?mock=300#/io",
    wait: "[role=tablist]",
    act: async (p) => {
      await p.evaluate(() => Object.assign(window, { __liaisonPick: "/tmp/replace-all.liaison.json", __liaisonImportMs: 200 }));
      await p.getByRole("radio", { name: /^(Liaison bundle|Export Liaison)$/ }).check();
      await p.getByRole("button", { name: /^(Choose file…|Choisir le fichier…)$/ }).click();
      await p.getByRole("button", { name: /^(Import|Importer)$/ }).click();
      await p.waitForSelector("dialog[open]");
    },
  },
  {
    name: "io-export",
    url: "?mock=300#/io",
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
