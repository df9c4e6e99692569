// Search as you type without a debounce: the first keystroke is asked at once, one request is in flight at a time, and only the newest query's answer is shown.

/**
 * `ask(q)` starts at once when nothing is in flight; while one is, `q` waits, replacing any
 * older waiting query (nobody wants the results of a prefix already typed past). An answer is
 * handed to `show` (or its failure to `fail`) only if no newer query was typed meanwhile, so
 * results never go back to an older query's, whatever order the answers come in. `cancel`
 * drops what is waiting and whatever is in flight (the box was emptied or closed).
 */
export function latestOnly<Q, A>(
  ask: (q: Q) => Promise<A>,
  show: (q: Q, answer: A) => void,
  fail: (q: Q, error: unknown) => void,
): { ask(q: Q): void; cancel(): void } {
  let busy = false;
  let waiting: { q: Q } | null = null;
  let generation = 0;

  async function go(q: Q, mine: number): Promise<void> {
    busy = true;
    let answer: { ok: true; value: A } | { ok: false; error: unknown };
    try {
      answer = { ok: true, value: await ask(q) };
    } catch (error) {
      answer = { ok: false, error };
    }
    busy = false;
    if (mine === generation && waiting === null) {
      if (answer.ok) show(q, answer.value);
      else fail(q, answer.error);
    }
    if (waiting) {
      const next = waiting.q;
      waiting = null;
      void go(next, generation);
    }
  }

  return {
    ask(q: Q) {
      generation++;
      if (busy) waiting = { q };
      else void go(q, generation);
    },
    cancel() {
      generation++;
      waiting = null;
    },
  };
}
