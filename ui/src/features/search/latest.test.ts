import { describe, expect, it } from "vitest";
import { latestOnly } from "./latest";

/** A request the test answers by hand, in any order. */
function manual() {
  const asked: { q: string; resolve: (a: string) => void; reject: (e: unknown) => void }[] = [];
  const ask = (q: string) => new Promise<string>((resolve, reject) => asked.push({ q, resolve, reject }));
  return { asked, ask };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe("search as you type (latestOnly)", () => {
  it("asks the first keystroke at once, with no timer before it", () => {
    const { asked, ask } = manual();
    const s = latestOnly(ask, () => {}, () => {});
    s.ask("m");
    expect(asked.map((a) => a.q), "typing must not wait for a pause before asking").toEqual(["m"]);
  });

  it("keeps one request in flight and asks only the newest query typed meanwhile", async () => {
    const { asked, ask } = manual();
    const shown: string[] = [];
    const s = latestOnly(ask, (q, a) => shown.push(`${q}=${a}`), () => {});
    s.ask("m");
    s.ask("ma");
    s.ask("mar");
    expect(asked.map((a) => a.q)).toEqual(["m"]);
    asked[0]!.resolve("1");
    await settle();
    expect(shown, "an answer for a prefix already typed past must not flash on screen").toEqual([]);
    expect(asked.map((a) => a.q), "the skipped prefix 'ma' is never asked").toEqual(["m", "mar"]);
    asked[1]!.resolve("2");
    await settle();
    expect(shown).toEqual(["mar=2"]);
  });

  it("never shows an answer after the box was emptied, and a failure only for the newest query", async () => {
    const { asked, ask } = manual();
    const shown: string[] = [];
    const failed: string[] = [];
    const s = latestOnly(ask, (q) => shown.push(q), (q) => failed.push(q));
    s.ask("zo");
    s.cancel();
    asked[0]!.resolve("late");
    await settle();
    expect(shown, "results must not come back into an emptied box").toEqual([]);
    s.ask("zoé");
    asked[1]!.reject(new Error("busy"));
    await settle();
    expect(failed).toEqual(["zoé"]);
  });
});
