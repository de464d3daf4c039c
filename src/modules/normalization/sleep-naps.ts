import { offsetMillis } from '../../common/time/local-time.js';

/** A stored session as the nap rule sees it. Times are epoch milliseconds. */
export interface NapCandidate {
  id: string;
  dataSourceId: string;
  localDate: string;
  start: number;
  end: number;
  zoneOffset: string | null;
  isPrimary: boolean;
}

export interface NapRule {
  /** Longer sessions are never naps. */
  maxMinutes: number;
  /** A nap lies at least this far from the day's main sleep (the sleep-session gap). */
  separationMinutes: number;
}

/** Local hours in which a short sleep may start and still be a nap: [from, to). */
export const NAP_DAYTIME = { from: 9, to: 21 } as const;

function localHour(instant: number, zoneOffset: string | null): number {
  const local = new Date(instant + offsetMillis(zoneOffset));
  return local.getUTCHours() + local.getUTCMinutes() / 60;
}

/**
 * Which sessions are naps. Per source and local day the main sleep is the longest primary session, whatever the hour
 * (a shift worker's 09:00–16:00 is their night). Another primary session is a nap only when it is short (under
 * `maxMinutes`), starts in the daytime (local 09:00–21:00) and lies apart from the main sleep (at least
 * `separationMinutes` before or after it). So the second half of a night broken by a long wake at 03:00 stays night
 * sleep, and an afternoon doze is a nap.
 */
export function napIds(sessions: NapCandidate[], rule: NapRule): Set<string> {
  const days = new Map<string, NapCandidate[]>();
  for (const session of sessions) {
    if (!session.isPrimary) continue;
    const key = `${session.dataSourceId}|${session.localDate}`;
    const list = days.get(key) ?? [];
    list.push(session);
    days.set(key, list);
  }
  const naps = new Set<string>();
  const separation = rule.separationMinutes * 60_000;
  for (const day of days.values()) {
    const main = [...day].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.id < b.id ? -1 : 1),
    )[0]!;
    for (const session of day) {
      if (session === main) continue;
      const short = session.end - session.start < rule.maxMinutes * 60_000;
      const hour = localHour(session.start, session.zoneOffset);
      const daytime = hour >= NAP_DAYTIME.from && hour < NAP_DAYTIME.to;
      const apart = session.start - main.end >= separation || main.start - session.end >= separation;
      if (short && daytime && apart) naps.add(session.id);
    }
  }
  return naps;
}
