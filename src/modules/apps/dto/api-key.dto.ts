import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsOmittable } from '../../../common/http/validation.js';
import type { ApiKey } from '../api-key.entity.js';

export class CreateApiKeyDto {
  /** Defaults to "Default"; `null` is refused. */
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  /** The application the key acts as; required for operators, implied for app credentials. */
  @IsOptional()
  @IsString()
  @Matches(/^app_[0-9a-f]{32}$/, { message: 'app_id must look like app_<32 hex>' })
  app_id?: string;
}

export class UpdateApiKeyDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;
}

export class ApiKeyResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  name: string;
  app_id: string;
  /** Recognisable start of the key; the full key is never shown again. */
  @ApiProperty({ example: 'sk-1f9a0c2e' }) prefix: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) created_by: string | null;
  created_at: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) last_used_at: Date | null;

  static from(key: ApiKey, appId: string): ApiKeyResponseDto {
    return {
      id: key.id,
      name: key.name,
      app_id: appId,
      prefix: key.prefix,
      created_by: key.createdByOperatorId,
      created_at: key.createdAt,
      last_used_at: key.lastUsedAt,
    };
  }
}

export class ApiKeyWithSecretResponseDto extends ApiKeyResponseDto {
  /** Shown once. Send it as `X-Open-Wearables-API-Key` (or `X-API-Key`). */
  @ApiProperty({ example: 'sk-1f9a0c2e…' })
  key: string;
}
