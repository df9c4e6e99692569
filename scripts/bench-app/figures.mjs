// The app bench's figures: one value per run for each side (minimal window, Liaison), the reason when a figure could not be taken, and the table printed at the end.

const figures = new Map(); // name → { minimal: [], app: [] }
const missing = new Map(); // name → why it was not measured

/** Records one run's value; a value that is not a number is a bug in the bench, not a figure. */
export function put(name, side, value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`the bench read no number for "${name}" (${side}): ${value}`);
  }
  if (!figures.has(name)) figures.set(name, { minimal: [], app: [] });
  figures.get(name)[side].push(value);
}

/** Says why `name` is not measured (printed in the table in its place, once). */
export function skip(name, why) {
  if (!missing.has(name)) missing.set(name, why);
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** Nearest-rank percentile. */
export const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

const f = (x) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(1));

/** The table: each figure's median over the runs for both sides, their ratio, each run's values;
 * then every figure that could not be taken, with why. */
export function table(runs) {
  const out = [`${`median of ${runs} run(s)`.padEnd(78)} ${'minimal'.padStart(7)} ${'Liaison'.padStart(9)} ${'ratio'.padStart(7)}   [each run's values]`];
  for (const [name, { minimal, app }] of figures) {
    const a = app.length ? f(median(app)) : '';
    const m = minimal.length ? f(median(minimal)) : '';
    const ratio = minimal.length && app.length && median(minimal) > 0 ? `${(median(app) / median(minimal)).toFixed(2)}x` : '';
    const runsOf = (xs) => `[${xs.map(f).join(', ')}]`;
    const each = [app.length ? runsOf(app) : '', minimal.length ? runsOf(minimal) : ''].filter(Boolean).join(' vs ');
    out.push(`${name.padEnd(78)} ${m.padStart(7)} ${a.padStart(9)} ${ratio.padStart(7)}   ${each}`);
  }
  const gone = [...missing].filter(([name]) => !figures.has(name));
  if (gone.length) {
    out.push('', 'not measured:');
    for (const [name, why] of gone) out.push(`  ${name}: ${why}`);
  }
  return out.join('\n');
}
