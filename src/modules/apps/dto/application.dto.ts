import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import type { Application } from '../application.entity.js';

export class CreateApplicationDto {
  /** Display name of the application. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  /** The owning organization; needed only when the operator is a developer (or more) in several. */
  @IsOptional()
  @IsUUID()
  organization_id?: string;
}

export class RotateSecretDto {
  /** Seconds during which the replaced secret keeps working (0 = stops at once; at most 7 days). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(7 * 24 * 3600)
  grace_seconds?: number;
}

export class DeleteApplicationQueryDto {
  /** Also delete the application's users and all their data. */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  force?: boolean;
}

export class ApplicationResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'app_4c1d0f8e6f0b4a7c9a3c2b1d0e9f8a7b' }) app_id: string;
  name: string;
  /** The organization that owns it. */
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  created_at: Date;

  static from(app: Application): ApplicationResponseDto {
    return {
      id: app.id,
      app_id: app.appId,
      name: app.name,
      organization_id: app.organizationId,
      created_at: app.createdAt,
    };
  }
}

export class ApplicationWithSecretResponseDto extends ApplicationResponseDto {
  /** Shown once; store it in the integrator backend's secret store. */
  @ApiProperty({ example: 'secret_9f2c…' })
  app_secret: string;
}
