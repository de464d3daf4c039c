import type { ImportDto, ImportTypeCountsDto } from './dto/import.dto.js';
import type { Import, ImportTypeCounts } from './import.entity.js';

const zero = (): ImportTypeCounts => ({ seen: 0, stored: 0, duplicate: 0, rejected: 0 });

export function totalsOf(counts: Record<string, ImportTypeCounts>): ImportTypeCountsDto {
  const totals = zero();
  for (const c of Object.values(counts)) {
    totals.seen += c.seen;
    totals.stored += c.stored;
    totals.duplicate += c.duplicate;
    totals.rejected += c.rejected;
  }
  return totals;
}

/** Time left at the rate so far: only while parsing, and once a first chunk has committed. */
export function secondsLeft(row: Import, nowMs: number): number | null {
  const read = Number(row.bytesRead);
  const total = row.bytesTotal === null ? null : Number(row.bytesTotal);
  if (row.status !== 'parsing' || !row.startedAt || total === null || read <= 0) return null;
  const elapsed = Math.max(0, nowMs - new Date(row.startedAt).getTime()) / 1000;
  return Math.max(0, Math.round((elapsed * (total - read)) / read));
}

export function importView(row: Import, nowMs: number): ImportDto {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: row.id,
    user_id: row.userId,
    kind: row.kind,
    status: row.status,
    file_name: row.fileName,
    sha256: row.sha256 ? Buffer.from(row.sha256).toString('hex') : null,
    bytes_total: row.bytesTotal === null ? null : Number(row.bytesTotal),
    bytes_read: Number(row.bytesRead),
    by_type: row.counts,
    totals: totalsOf(row.counts),
    rejections: row.rejections,
    rejection_count: row.rejectionCount,
    error: row.error,
    created_at: new Date(row.createdAt).toISOString(),
    started_at: iso(row.startedAt),
    finished_at: iso(row.finishedAt),
    estimated_seconds_left: secondsLeft(row, nowMs),
  };
}
