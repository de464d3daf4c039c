import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageDto, PageQueryDto } from '../../../common/http/pagination.js';
import type { User } from '../user.entity.js';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const APP_ID = /^app_[0-9a-f]{32}$/;

export class CreateUserDto {
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  first_name?: string;

  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  last_name?: string;

  @IsOptional()
  @Transform(trimmed)
  @IsEmail()
  @MaxLength(320)
  email?: string;

  /** Your own id for the user. Creating again with the same value returns the existing user (200). */
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  external_user_id?: string;

  /** Which application the user belongs to; required for operators, implied for app credentials. */
  @IsOptional()
  @IsString()
  @Matches(APP_ID, { message: 'app_id must look like app_<32 hex>' })
  app_id?: string;
}

export class UpdateUserDto {
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  first_name?: string | null;

  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  last_name?: string | null;

  @IsOptional()
  @Transform(trimmed)
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  external_user_id?: string | null;
}

export const USER_SORT_FIELDS = ['created_at', 'email', 'first_name', 'last_name', 'last_synced_at'] as const;

export class ListUsersQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(USER_SORT_FIELDS)
  sort_by: (typeof USER_SORT_FIELDS)[number] = 'created_at';

  /** Case-insensitive match on email, first or last name. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @IsOptional()
  @IsString()
  @MaxLength(320)
  email?: string;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  external_user_id?: string;

  /** Only users of this application (operators see all their applications' users by default). */
  @IsOptional()
  @IsString()
  @Matches(APP_ID, { message: 'app_id must look like app_<32 hex>' })
  app_id?: string;
}

export class UserResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  created_at: Date;
  @ApiPropertyOptional({ type: String, nullable: true }) first_name: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) last_name: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) email: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) external_user_id: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) last_synced_at: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'apple' }) last_synced_provider:
    string | null;
  /** True while the user holds an unexpired, unrevoked SDK session. */
  has_active_connection: boolean;
  @ApiProperty({ example: 'app_4c1d0f8e6f0b4a7c9a3c2b1d0e9f8a7b' }) app_id: string;

  static from(user: UserView): UserResponseDto {
    return {
      id: user.id,
      created_at: user.createdAt,
      first_name: user.firstName,
      last_name: user.lastName,
      email: user.email,
      external_user_id: user.externalUserId,
      last_synced_at: user.lastSyncedAt,
      last_synced_provider: user.lastSyncedProvider,
      has_active_connection: user.hasActiveConnection,
      app_id: user.appId,
    };
  }
}

export type UserView = User & { appId: string; organizationId: string; hasActiveConnection: boolean };

export class UserPageDto extends PageDto<UserResponseDto> {
  @ApiProperty({ type: [UserResponseDto] })
  declare items: UserResponseDto[];
}
