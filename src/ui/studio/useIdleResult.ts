import { useEffect, useRef, useState } from 'react';

/** What an idle computation has to show: its last value, and whether that value is for the input asked about now. */
export interface IdleResult<T> {
  value: T;
  fresh: boolean;
}

/**
 * `compute(input)` run when the browser is idle, off the render path, so a long article never holds up typing or a
 * click. Until it has run for this input (a story version), the last value stays on offer, marked not fresh, so a
 * list does not blank out after each edit; null before the first value. `compute` may change between renders.
 */
export function useIdleResult<I, T>(input: I | null, compute: (input: I) => T): IdleResult<T> | null {
  const [result, setResult] = useState<{ input: I; value: T } | null>(null);
  const latest = useRef(compute);
  useEffect(() => {
    latest.current = compute;
  });
  useEffect(() => {
    if (input === null) return;
    const run = () => setResult({ input, value: latest.current(input) });
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(run, { timeout: 200 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(run, 1);
    return () => window.clearTimeout(handle);
  }, [input]);
  if (result === null || input === null) return null;
  return { value: result.value, fresh: result.input === input };
}
