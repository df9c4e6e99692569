// Stable colours derived from data (an id, a stage) so a person keeps the same avatar colour everywhere.
import type { Stage } from "../ipc/types";

const HUES = ["blue", "teal", "green", "violet", "amber", "pink", "red", "gray"] as const;
export type Hue = (typeof HUES)[number];

export function hueOf(key: string): Hue {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return HUES[h % 7] ?? "blue"; // gray is kept for stages
}

export const STAGE_HUE: Record<Stage, Hue> = {
  identified: "gray",
  contacted: "blue",
  engaged: "teal",
  collaborating: "green",
  ambassador: "violet",
  paused: "amber",
  do_not_contact: "red",
};

/** One or two letters for an avatar: initials of the first and last words, any script. */
export function initials(name: string): string {
  // Words are runs of letters and digits, so markup-like punctuation never becomes an initial.
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  const first = [...(words[0] ?? "")][0] ?? "?";
  const second = words.length > 1 ? ([...(words[words.length - 1] ?? "")][0] ?? "") : "";
  return (first + second).toUpperCase();
}
