import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { TokenResponseDto } from './token-response.dto.js';

export class MintTokenDto {
  /** App credentials in the body (Open Wearables contract); HTTP Basic, an API key or an operator token work too. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  app_id?: string;

  @IsOptional()
  @IsString()
  @MaxLength(128)
  app_secret?: string;
}

export class RefreshTokenDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  refresh_token: string;
}

/** RFC 7009: `token` (form or JSON); `refresh_token` is accepted as the Open Wearables spelling. */
export class RevokeTokenDto {
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  token?: string;

  @IsOptional()
  @IsString()
  @MaxLength(256)
  refresh_token?: string;

  @IsOptional()
  @IsString()
  token_type_hint?: string;
}

export class IntrospectTokenDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4096)
  token: string;

  @IsOptional()
  @IsString()
  token_type_hint?: string;
}

/** Client credentials in the form body (RFC 6749 §2.3.1, `client_secret_post`); HTTP Basic is the other way. */
class OAuthClientCredentialsDto {
  @IsOptional()
  @IsString()
  @MaxLength(64)
  client_id?: string;

  @IsOptional()
  @IsString()
  @MaxLength(128)
  client_secret?: string;
}

/** RFC 7009 §2.1 / RFC 7662 §2.1 request: the token and, optionally, a hint of its type. */
export class OAuthTokenParameterDto extends OAuthClientCredentialsDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4096)
  token: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  token_type_hint?: string;
}

/** RFC 7662 response; only `active` when the token is not active or not the caller's. */
export class IntrospectionResponseDto {
  active: boolean;
  @ApiPropertyOptional({ description: 'RFC 7662: the client (app_id) the token was issued to.' })
  client_id?: string;
  @ApiPropertyOptional({ description: 'User id (SDK tokens) or application id (app tokens).' }) sub?: string;
  @ApiPropertyOptional() app_id?: string;
  @ApiPropertyOptional({ example: 'sdk' }) scope?: string;
  @ApiPropertyOptional({ description: 'Expiry, seconds since the epoch.' }) exp?: number;
  @ApiPropertyOptional({ description: 'Issue time, seconds since the epoch.' }) iat?: number;
  @ApiPropertyOptional({ enum: ['access_token', 'refresh_token'] }) token_type?:
    'access_token' | 'refresh_token';
}

export class OAuthTokenDto extends OAuthClientCredentialsDto {
  @IsIn(['client_credentials', 'refresh_token'], { message: 'unsupported_grant_type' })
  grant_type: string;

  @IsOptional()
  @IsString()
  @MaxLength(256)
  refresh_token?: string;

  @IsOptional()
  @IsString()
  scope?: string;
}

export class OAuthTokenResponseDto {
  access_token: string;
  @ApiProperty({ example: 'bearer' }) token_type: 'bearer';
  expires_in: number;
  @ApiPropertyOptional() refresh_token?: string;
  @ApiPropertyOptional({ example: 'app' }) scope?: string;
}

export const OAUTH_ERROR_CODES = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unsupported_grant_type',
  'slow_down',
] as const;
export type OAuthErrorCode = (typeof OAUTH_ERROR_CODES)[number];

/** RFC 8414 authorization server metadata. */
export class OAuthServerMetadataDto {
  @ApiProperty({ example: 'https://wearbridge.example.com' }) issuer: string;
  token_endpoint: string;
  revocation_endpoint: string;
  introspection_endpoint: string;
  jwks_uri: string;
  service_documentation: string;
  @ApiProperty({ type: [String], description: 'No authorization endpoint: empty.' })
  response_types_supported: string[];
  @ApiProperty({ type: [String], example: ['client_credentials', 'refresh_token'] })
  grant_types_supported: string[];
  @ApiProperty({ type: [String], example: ['app', 'sdk'] }) scopes_supported: string[];
  @ApiProperty({ type: [String], example: ['client_secret_basic', 'client_secret_post'] })
  token_endpoint_auth_methods_supported: string[];
  @ApiProperty({ type: [String] }) revocation_endpoint_auth_methods_supported: string[];
  @ApiProperty({ type: [String] }) introspection_endpoint_auth_methods_supported: string[];
}

/** RFC 6749 §5.2 error body: OAuth client libraries parse `error`. */
export class OAuthErrorDto {
  @ApiProperty({ enum: OAUTH_ERROR_CODES }) error: OAuthErrorCode;
  @ApiProperty() error_description: string;
}

export class InvitationCodeResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  /** Shown once; 8 characters from A–Z (no I, O) and 2–9. */
  @ApiProperty({ example: 'K7M2QX9P' }) code: string;
  @ApiProperty({ format: 'uuid' }) user_id: string;
  expires_at: Date;
  created_at: Date;
}

export class RedeemInvitationDto {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(/^[A-HJ-NP-Z2-9]{8}$/, { message: 'code must be 8 characters from A-Z (no I or O) and 2-9' })
  code: string;
}

export class RedeemInvitationResponseDto extends TokenResponseDto {
  @ApiProperty({ format: 'uuid' }) user_id: string;
}
