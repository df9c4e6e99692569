// The book's settings (the user's time zone) as reactive state, loaded once and saved through the shell.
import { ipc } from "../ipc/ipc";
import { systemZone } from "./zone";
import { app } from "./app.svelte";

class SettingsState {
  /** Until the shell answers, the engine's own zone: close enough for a first paint. */
  timeZone: string = $state(systemZone());
  loaded = $state(false);
  /** Two colleagues contacting one person within this many days is a message collision. */
  collisionDays = $state(7);

  async load(): Promise<void> {
    try {
      const got = await ipc.settingsGet();
      this.timeZone = got.time_zone;
      this.collisionDays = got.collision_days ?? 7;
      this.loaded = true;
    } catch {
      // The book may not be open yet; the system zone stays until the next load.
    }
  }

  async setTimeZone(zone: string): Promise<void> {
    this.timeZone = (await ipc.settingsSet({ time_zone: zone })).time_zone;
    // Today's date and every due time depend on the zone: lists refetch.
    app.changed();
  }

  async setCollisionDays(days: number): Promise<void> {
    const saved = await ipc.settingsSet({ time_zone: this.timeZone, collision_days: days });
    this.collisionDays = saved.collision_days ?? days;
    // Today and each person page's warnings depend on the window.
    app.changed();
  }
}

export const settings = new SettingsState();
