/**
 * Timing helpers shared by the benchmarks. Best of several runs, because this machine may be
 * shared: the fastest run is the least disturbed by other work.
 */

/** A measured call: its result (of the last run) and its best wall time in seconds. */
export interface Timed<T> {
  result: T;
  seconds: number;
}

/** Runs `f` `runs` times with performance.now() and keeps the best time. */
export function bestTime<T>(f: () => T, runs = 3): Timed<T> {
  let best = Infinity;
  let result: T | undefined;
  for (let r = 0; r < Math.max(1, runs); r++) {
    const start = performance.now();
    result = f();
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return { result: result as T, seconds: best };
}
