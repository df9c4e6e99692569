// The book's settings (the user's time zone, closing to the tray, the collision window) as reactive state, loaded once and saved through the shell.
import { ipc } from "../ipc/ipc";
import type { Settings } from "../ipc/bindings/Settings";
import { systemZone } from "./zone";
import { app } from "./app.svelte";

class SettingsState {
  /** Until the shell answers, the engine's own zone: close enough for a first paint. */
  timeZone: string = $state(systemZone());
  /** On for a new book, as the shell does. */
  closeToTray: boolean = $state(true);
  loaded = $state(false);
  /** Two colleagues contacting one person within this many days is a message collision. */
  collisionDays = $state(7);

  async load(): Promise<void> {
    try {
      this.keep(await ipc.settingsGet());
      this.loaded = true;
    } catch {
      // The book may not be open yet; the system zone stays until the next load.
    }
  }

  private keep(s: Settings): void {
    this.timeZone = s.time_zone;
    this.closeToTray = s.close_to_tray;
    this.collisionDays = s.collision_days ?? this.collisionDays;
  }

  /** The settings are saved as one value: the others go back as they are. */
  private async save(change: Partial<Settings>): Promise<void> {
    this.keep(await ipc.settingsSet({ time_zone: this.timeZone, close_to_tray: this.closeToTray, ...change }));
  }

  async setTimeZone(zone: string): Promise<void> {
    await this.save({ time_zone: zone });
    // Today's date and every due time depend on the zone: lists refetch.
    app.changed();
  }

  async setCollisionDays(days: number): Promise<void> {
    await this.save({ collision_days: days });
    // Today and each person page's warnings depend on the window.
    app.changed();
  }

  async setCloseToTray(on: boolean): Promise<void> {
    await this.save({ close_to_tray: on });
  }
}

export const settings = new SettingsState();
