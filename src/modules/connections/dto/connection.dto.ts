import { ApiProperty } from '@nestjs/swagger';

export class ConnectionDataSourceDto {
  id: string;
  @ApiProperty({ type: String, nullable: true })
  app_id: string | null;
  @ApiProperty({ type: String, nullable: true })
  app_name: string | null;
  @ApiProperty({ type: String, nullable: true })
  device_name: string | null;
  @ApiProperty({ type: String, nullable: true })
  device_model: string | null;
  device_type: string;
  /** X-Open-Wearables-SDK-Version of the SDK that last delivered data for this source. */
  @ApiProperty({ type: String, nullable: true })
  last_sdk_version: string | null;
  @ApiProperty({ type: String, nullable: true })
  last_sdk_platform: string | null;
  @ApiProperty({ type: String, nullable: true })
  last_batch_at: string | null;
}

export class ConnectionDto {
  user_id: string;
  @ApiProperty({ enum: ['apple', 'google', 'samsung'], description: '`google` is Health Connect.' })
  provider: string;
  @ApiProperty({ enum: ['active', 'revoked'] })
  status: 'active' | 'revoked';
  @ApiProperty({ type: String, nullable: true, example: 'sdk_sign_out' })
  revoked_reason: string | null;
  @ApiProperty({ type: String, nullable: true })
  revoked_at: string | null;
  @ApiProperty({ type: String, nullable: true })
  first_sync_at: string | null;
  @ApiProperty({ type: String, nullable: true })
  last_sync_at: string | null;
  /** From X-Open-Wearables-SDK-Version, else the envelope's sdkVersion. */
  @ApiProperty({ type: String, nullable: true })
  sdk_version: string | null;
  @ApiProperty({ type: String, nullable: true })
  sdk_platform: string | null;
  @ApiProperty({ type: String, nullable: true })
  user_agent: string | null;
  @ApiProperty({ type: [ConnectionDataSourceDto] })
  data_sources: ConnectionDataSourceDto[];
}

export class ConnectionListDto {
  @ApiProperty({ type: [ConnectionDto] })
  items: ConnectionDto[];
  total: number;
}
