// The people list's photos: a summary says only `has_photo`, so a page of a hundred people stays a few kilobytes;
// the images of the rows actually drawn are asked for together (one call per batch) and kept for the session.
import { SvelteMap } from "svelte/reactivity";
import { ipc } from "../../ipc/ipc";
import { photoUrl } from "./personFields";

/** Enough for several screens of rows; the oldest go first beyond it. */
const KEPT = 500;

// By "id@updated_at": a new photo makes the person newer, so a changed photo is a new key.
const urls = new SvelteMap<string, string | null>();
const asked = new Set<string>();
let queue: { id: string; key: string }[] = [];
let scheduled = false;

async function flush() {
  scheduled = false;
  const batch = queue;
  queue = [];
  if (!batch.length) return;
  try {
    const got = await ipc.personPhotos({ ids: batch.map((b) => b.id) });
    const byId = new Map(got.map((p) => [p.person_id, photoUrl(p.photo)]));
    for (const b of batch) urls.set(b.key, byId.get(b.id) ?? null);
  } catch {
    // A failed fetch leaves the initials; the row may ask again when it is drawn anew.
    for (const b of batch) asked.delete(b.key);
  }
  while (urls.size > KEPT) {
    const oldest = urls.keys().next().value;
    if (oldest === undefined) break;
    urls.delete(oldest);
    asked.delete(oldest);
  }
}

/** The photo of a row that has one, once fetched (undefined meanwhile: initials show). */
export function listPhoto(id: string, updatedAt: string): string | undefined {
  const key = `${id}@${updatedAt}`;
  const url = urls.get(key);
  if (url !== undefined) return url ?? undefined;
  if (!asked.has(key)) {
    asked.add(key);
    queue.push({ id, key });
    if (!scheduled) {
      scheduled = true;
      // Every row drawn in this frame joins the one call.
      setTimeout(() => void flush(), 0);
    }
  }
  return undefined;
}
