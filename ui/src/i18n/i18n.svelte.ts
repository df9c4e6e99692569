// The current language as reactive state, and `t()` for components: reading it re-renders on a switch.
import { catalogues, elideBefore, interpolate, isLocale, localeFrom, pluralKey, split } from "./messages";
import type { Locale, MessageKey, Params, PluralBase } from "./messages";
import { formatNumber } from "../lib/format";

export type { Locale, MessageKey };
const STORAGE_KEY = "liaison.locale";

function stored(): Locale | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null; // storage can be disabled; the OS language is then a fine default
  }
}

class I18nState {
  locale: Locale = $state(stored() ?? localeFrom(typeof navigator === "undefined" ? [] : navigator.languages));

  set(locale: Locale): void {
    this.locale = locale;
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Not persisted this time; the choice still applies for this session.
    }
    document.documentElement.lang = locale;
  }
}

export const i18n = new I18nState();

export function t(key: MessageKey, params?: Params): string {
  return interpolate(catalogues[i18n.locale][key], params);
}

/** A plural message; `{count}` is formatted for the locale (45,300 / 45 300). */
export function tn(base: PluralBase, count: number, params?: Params): string {
  const locale = i18n.locale;
  return interpolate(catalogues[locale][pluralKey(base, count, locale)], {
    ...params,
    count: formatNumber(count, locale),
  });
}

/** Text before and after `{slot}`, with the other params filled in; given the slot's text (a
 * name in a link), a French "de" / "que" just before it is elided as it would be in the string. */
export function tSplit(key: MessageKey, slot: string, params?: Params, slotText?: string): [string, string] {
  const [a, b] = split(catalogues[i18n.locale][key], slot);
  const before = interpolate(a, params);
  return [slotText === undefined ? before : elideBefore(before, slotText), interpolate(b, params)];
}
