// Dev-only: a believable history for the showcase people and a few generated ones, relative to now.
import type { RelationsBook } from "./mockRelations";
import { toLocalInput } from "../lib/zone";

const AMELIE = "0193a000-0000-7000-8000-aaaaaaaaaaaa";
const TRICKY = "0193a000-0000-7000-8000-bbbbbbbbbbbb";
const gen = (i: number) => `0193a000-0000-7000-8000-${(i + 1).toString(16).padStart(12, "0")}`;
const DAY = 86_400_000;

export function seedRelations(book: RelationsBook, now: number): void {
  const ago = (days: number, hour = 10) => {
    const d = new Date(now - days * DAY);
    d.setUTCHours(hour, 15, 0, 0);
    return d.toISOString();
  };
  const log = (people: string[], days: number, rest: Partial<Parameters<RelationsBook["interaction"]>[0]>) =>
    book.interaction({ kind: "email", direction: "neutral", channel: "", our_side: "", body: "", people, occurred_at: ago(days), ...rest });

  // Amélie: a healthy give-and-take over the year, with co-creation leading.
  log([AMELIE], 4, { kind: "meeting", direction: "given", exchange: "co_creation", channel: "In person", our_side: "Camille (design)", body: "Workshop on the **repair capsule**: she sketched three pieces; we share the moodboard by Friday.\n\n- fabric samples\n- repair guide draft" });
  log([AMELIE], 11, { kind: "mention", direction: "received", exchange: "mention", channel: "Instagram", body: "Story about our repair programme beta, 45k views. [The post](https://instagram.com/p/example)" });
  log([AMELIE], 19, { kind: "email", direction: "given", exchange: "exclusive_information", channel: "E-mail", our_side: "Me", body: "Shared the spring collection line-up under embargo until 3 March." });
  log([AMELIE, gen(3)], 33, { kind: "meetup", direction: "neutral", channel: "Paris", our_side: "Me", body: "Coffee at the Marais pop-up with her co-host." });
  log([AMELIE], 52, { kind: "content_published", direction: "received", exchange: "content", channel: "YouTube", body: "Video review of the repair kit, honest on the zipper issue." });
  log([AMELIE], 70, { kind: "gift", direction: "given", exchange: "beta_access", channel: "Post", body: "Beta repair kit sent." });
  log([AMELIE], 120, { kind: "event", direction: "given", exchange: "invitation", channel: "Paris Fashion Week", our_side: "PR team", body: "Invited to the sustainability panel." });
  log([AMELIE], 160, { kind: "share", direction: "received", exchange: "share", channel: "LinkedIn", body: "Shared our repairability report." });
  log([AMELIE], 210, { kind: "call", direction: "neutral", channel: "Phone", our_side: "Me", body: "First call: what she expects from brands." });
  log([AMELIE], 300, { kind: "introduction", direction: "received", exchange: "introduction", channel: "E-mail", body: "Introduced us to Raymond Morin." });
  for (let k = 0; k < 14; k++) log([AMELIE], 320 + k * 4, { kind: k % 2 ? "dm" : "email", direction: "neutral", channel: k % 2 ? "Instagram" : "E-mail", body: `Older exchange ${k + 1} about the newsletter.` });

  // People we only take from, and people going cold (their cadence has passed).
  log([gen(2)], 40, { kind: "mention", direction: "received", exchange: "mention", channel: "X", body: "Mentioned our launch in a thread." });
  log([gen(2)], 100, { kind: "share", direction: "received", exchange: "share", channel: "LinkedIn", body: "Shared the keynote." });
  log([gen(4)], 75, { kind: "content_published", direction: "received", exchange: "content", channel: "Blog", body: "Wrote about the cloud summit." });
  log([gen(5)], 130, { kind: "call", direction: "given", exchange: "exclusive_information", channel: "Phone", body: "Briefing on the roadmap." });
  log([gen(6)], 62, { kind: "email", direction: "given", exchange: "gift", channel: "E-mail", body: "Sent the holiday box." });
  log([gen(7)], 200, { kind: "meeting", direction: "neutral", channel: "VivaTech", body: "Met at the booth." });

  // Notes, one pinned, one that tries every trick.
  book.note(AMELIE, "**Prefers e-mail** before 10:00, never DMs for business.\n\nAllergic to *greenwashing*: bring numbers.", true);
  book.note(AMELIE, "Her newsletter *La Reprise* goes out on Sundays; pitch by Thursday.", false);
  book.note(TRICKY, "<script>alert('note')</script> <img src=x onerror=alert(3)> [click](javascript:alert(4)) <svg onload=alert(5)>", false);

  // Follow-ups: one overdue, two due today (one a minute ago), one next week and recurring.
  const zone = book.timeZone;
  book.followup({ title: "Send the moodboard", body: "The three capsule sketches.", people: [AMELIE], due_local: toLocalInput(new Date(now - 2 * DAY), zone) });
  book.followup({ title: "Thank-you note for the keynote share", body: "", people: [gen(2)], due_local: toLocalInput(new Date(now - 5 * DAY), zone) });
  book.followup({ title: "Call about the spring embargo", body: "", people: [AMELIE, gen(3)], due_local: toLocalInput(new Date(now - 60_000), zone) });
  book.followup({ title: "Monthly check-in", body: "", people: [gen(5)], due_local: toLocalInput(new Date(now + 6 * DAY), zone), recurrence: { unit: "months", every: 1 } });
}
