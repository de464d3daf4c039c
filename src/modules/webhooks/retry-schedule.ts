/**
 * When the next attempt of a failed delivery runs: the configured delay after the given attempt, stretched or shrunk by
 * a random jitter so endpoints that failed together do not retry together. Null when the schedule is exhausted.
 */
export function nextAttemptAt(
  attemptsMade: number,
  scheduleSeconds: readonly number[],
  jitter: number,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  if (attemptsMade < 1 || attemptsMade > scheduleSeconds.length) return null;
  const base = scheduleSeconds[attemptsMade - 1];
  const factor = 1 + jitter * (2 * random() - 1);
  return new Date(now.getTime() + Math.round(base * factor * 1000));
}
