// One clock for every relative time on screen ("2 minutes ago"), so they all stay true while the window stays open.
import { createSubscriber } from "svelte/reactivity";

/** How often "now" moves: relative times read in minutes, so half a minute keeps them right. */
export const TICK_MS = 30_000;

/**
 * `clock.now` is the current time, re-read on the half-minute while something on screen shows
 * it, and not at all while the window is hidden (no wake-ups for a page nobody sees; it catches
 * up the moment the window shows again). Nothing on screen reads it: no timer at all.
 */
class Clock {
  #now = $state(new Date());
  #subscribe = createSubscriber(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      this.#now = new Date();
      schedule();
    };
    // Aligned on the clock's half-minutes, so every time on screen turns over together.
    const schedule = () => {
      clearTimeout(timer);
      if (document.hidden) return;
      timer = setTimeout(tick, TICK_MS - (Date.now() % TICK_MS) + 5);
    };
    const onVisibility = () => (document.hidden ? clearTimeout(timer) : tick());
    document.addEventListener("visibilitychange", onVisibility);
    // A clock nobody read for a while holds an old time: the first reader gets a fresh one.
    if (Math.abs(Date.now() - this.#now.getTime()) >= 1000) this.#now = new Date();
    schedule();
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  });

  get now(): Date {
    this.#subscribe();
    return this.#now;
  }
}

export const clock = new Clock();
