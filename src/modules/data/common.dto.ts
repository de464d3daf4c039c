import { ApiProperty } from '@nestjs/swagger';
import type { Pagination } from './cursor.js';

/** Where a value came from (the peer's SourceMetadata, plus our data-source id). */
export class SourceMetadataDto {
  /** The data source's id (GET …/data-sources lists them). */
  data_source_id: string;
  /** apple, google (Health Connect) or samsung. */
  provider: string;
  /** Writer app name, or its id when the platform gave no name. */
  source: string | null;
  /** Device model as the platform sent it (e.g. Watch7,5, SM-L310). */
  device: string | null;
  /** watch, phone, band, ring, scale, other or unknown. */
  device_type: string | null;
  /** Device name as the platform sent it. */
  device_name: string | null;
}

export class PaginationDto implements Pagination {
  /** Opaque cursor of the next page; null on the last page. */
  @ApiProperty({ type: String, nullable: true })
  next_cursor: string | null;
  /** Opaque cursor of the previous page; null on the first page. */
  @ApiProperty({ type: String, nullable: true })
  previous_cursor: string | null;
  has_more: boolean;
}

export interface DataSourceRow {
  id: string;
  provider: string;
  app_id: string | null;
  app_name: string | null;
  device_name: string | null;
  device_model: string | null;
  device_manufacturer: string | null;
  device_type: string;
  recording_method: string | null;
  software_version: string | null;
  created_at: Date;
  rank: string | number;
}

export function sourceMetadata(source: DataSourceRow | undefined, id: string): SourceMetadataDto {
  return {
    data_source_id: id,
    provider: source?.provider ?? 'unknown',
    source: source?.app_name ?? source?.app_id ?? null,
    device: source?.device_model ?? null,
    device_type: source?.device_type ?? null,
    device_name: source?.device_name ?? null,
  };
}
