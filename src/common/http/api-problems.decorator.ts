import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'name' })
  field: string;
  @ApiProperty({ type: [String], example: ['name must be shorter than or equal to 100 characters'] })
  messages: string[];
}

/** RFC 9457 problem details, as every error is answered. */
export class ProblemDto {
  @ApiProperty({ example: 'urn:wearbridge:problem:validation-failed' })
  type: string;
  @ApiProperty({ example: 'Bad Request' })
  title: string;
  @ApiProperty({ example: 400 })
  status: number;
  @ApiProperty({ description: 'Human-readable explanation (what the Open Wearables clients display).' })
  detail: string;
  @ApiPropertyOptional({ description: 'Correlation id; also in the X-Request-Id response header.' })
  request_id?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Every invalid field of a validation error.' })
  errors?: FieldErrorDto[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: every bad field is listed in `errors`.',
  401: 'Missing, invalid or expired credentials.',
  403: 'Credentials valid but not for this resource.',
  404: 'Not found, or not in the caller’s tenancy.',
  408: 'The request body stalled: too few bytes arrived within the body idle timeout.',
  409: 'Conflicts with the current state.',
  413: 'Body larger than the configured limit (decoded size).',
  414: 'A path segment longer than any identifier.',
  415: 'Unsupported Content-Type or Content-Encoding.',
  417: 'An `Expect` header other than `100-continue`.',
  431: 'Request line and headers larger than the server accepts.',
  429: 'Too many requests; retry after `Retry-After` seconds.',
  500: 'The server failed; the request can be retried. Never caused by input.',
  503: 'Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds.',
};

export function problemResponse(status: number) {
  return {
    description: DESCRIPTIONS[status] ?? 'Error',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
  };
}

export function ApiProblems(...statuses: number[]) {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, ...problemResponse(status) })));
}

/** What the body parsers can answer on any route that takes a body (see body-parsers.ts). */
export const BODY_PROBLEMS = [400, 408, 413, 415];

/** OpenAPI extension of an operation that answers an over-limit body 2xx quarantined instead of 413. */
export const QUARANTINES_OVERSIZED_BODIES = 'x-quarantines-oversized-bodies';

/** Marks an operation whose over-limit bodies are quarantined, so the document does not promise a 413. */
export function ApiQuarantinesOversizedBodies() {
  return ApiExtension(QUARANTINES_OVERSIZED_BODIES, true);
}

/** What any operation can answer while the database is unreachable or refusing (see transient-errors.ts). */
export const INFRASTRUCTURE_PROBLEMS = [503];
