// Runs an operation several times and keeps the median: shared machines are noisy, and one run
// interrupted by another process must not decide a figure.
import { median } from "./results.ts";

/** Median milliseconds of `runs` calls; `prepare` runs before each call, outside the timing. */
export async function medianMs(
  runs: number,
  operation: () => unknown,
  prepare?: () => unknown,
): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await prepare?.();
    const start = performance.now();
    await operation();
    times.push(performance.now() - start);
  }
  return median(times);
}
