// Marks in the page's performance timeline where a screen is shown and then painted, read by scripts/bench-app.sh over WebDriver.

/** Marks `liaison:<name>` now: a step of the start-up (bundle evaluated, app mounted, book
 * answered) that the bench prints beside the shell's own marks to say where launch time goes. */
export function mark(name: string): void {
  if (typeof performance !== "undefined" && typeof performance.mark === "function") performance.mark(`liaison:${name}`);
}

/**
 * Marks `liaison:<name>` now (the screen's content is in the DOM and usable) and
 * `liaison:<name>:painted` in the second animation frame after: the first frame's callbacks run
 * before it is drawn, so the second one sees it on screen. The bench reads the marks' times;
 * the app never reads them back.
 */
export function markShown(name: string): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  performance.mark(`liaison:${name}`);
  if (typeof requestAnimationFrame !== "function") return;
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(`liaison:${name}:painted`)));
}
