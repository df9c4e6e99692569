// How a person's birthday, title and photo read on screen: a year-less birthday as a day of the year, a photo as a data URL.
import type { Photo } from "../../ipc/types";
import { formatDate } from "../../lib/format";

/** `1991-04-17` as a date, `--04-17` (year unknown) as "17 April" in the reader's language. */
export function formatBirthday(birthday: string, locale: string): string {
  const m = /^--(\d{2})-(\d{2})$/.exec(birthday);
  if (!m) return formatDate(birthday, locale);
  // A leap year, so that --02-29 is a day; UTC both ways, so no time zone moves it.
  const day = new Date(Date.UTC(2000, Number(m[1]) - 1, Number(m[2])));
  return new Intl.DateTimeFormat(locale, { month: "long", day: "numeric", timeZone: "UTC" }).format(day);
}

/** What an `<img>` shows for a photo. */
export function photoUrl(photo: Photo): string {
  return `data:${photo.mime};base64,${photo.data}`;
}
