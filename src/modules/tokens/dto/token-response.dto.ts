import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The Open Wearables token response shape. */
export class TokenResponseDto {
  @ApiProperty({ description: 'JWT access token (typ at+jwt).' })
  access_token: string;

  @ApiProperty({ example: 'bearer' })
  token_type: 'bearer';

  @ApiPropertyOptional({ example: 'rt-4f1c…', description: 'Opaque rotating refresh token.' })
  refresh_token?: string;

  @ApiProperty({ example: 3600, description: 'Access-token lifetime in seconds.' })
  expires_in: number;
}
