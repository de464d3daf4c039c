import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Far past any real listing; keeps OFFSET a small bound integer (page=1e21 is an integer too). */
export const MAX_PAGE = 100_000;

export class PageQueryDto {
  @ApiPropertyOptional({ description: '1-based page number.', minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ description: 'Items per page.', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  sort_order: 'asc' | 'desc' = 'desc';
}

/**
 * The `cursor` and `limit` query fields of a cursor-paged list, with the list's own bound and unit. A class factory
 * rather than one base class because the bound differs per list; the fields carry explicit swagger decorators, so
 * the document says the same as when each DTO declared them.
 */
export function CursorPageQuery(options: {
  maxLimit: number;
  defaultLimit?: number;
  unit: string;
  note?: string;
}) {
  const defaultLimit = options.defaultLimit ?? 50;
  class CursorPageQueryDto {
    @ApiPropertyOptional({ maxLength: 512 })
    @IsOptional()
    @IsString()
    @MaxLength(512)
    cursor?: string;

    @ApiPropertyOptional({
      description: `${options.unit} per page (1–${options.maxLimit})${options.note ? `; ${options.note}` : ''}.`,
      minimum: 1,
      maximum: options.maxLimit,
      default: defaultLimit,
    })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(options.maxLimit)
    limit: number = defaultLimit;
  }
  return CursorPageQueryDto;
}

/** The peer's offset pagination envelope. */
export class PageDto<T> {
  items: T[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty() pages: number;
  @ApiProperty() has_next: boolean;
  @ApiProperty() has_prev: boolean;

  static of<T>(items: T[], total: number, query: Pick<PageQueryDto, 'page' | 'limit'>): PageDto<T> {
    const pages = Math.ceil(total / query.limit);
    return Object.assign(new PageDto<T>(), {
      items,
      total,
      page: query.page,
      limit: query.limit,
      pages,
      has_next: query.page < pages,
      has_prev: query.page > 1,
    });
  }
}
