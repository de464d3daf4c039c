import { MigrationInterface, QueryRunner } from 'typeorm';

export class SdkSessionsQuarantineConnections1796169783737 implements MigrationInterface {
  name = 'SdkSessionsQuarantineConnections1796169783737';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "user_connections" ("user_id" uuid NOT NULL, "provider" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "revoked_reason" character varying(32), "revoked_at" TIMESTAMP WITH TIME ZONE, "first_sync_at" TIMESTAMP WITH TIME ZONE, "last_sync_at" TIMESTAMP WITH TIME ZONE, "sdk_version" character varying(64), "sdk_platform" character varying(32), "user_agent" character varying(255), "session_family_ids" uuid array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_user_connections" PRIMARY KEY ("user_id", "provider"))',
    );
    await queryRunner.query('ALTER TABLE "sync_batches" ADD "quarantine_reason" character varying(32)');
    await queryRunner.query('ALTER TABLE "sync_batches" ADD "quarantine_detail" character varying(500)');
    await queryRunner.query('ALTER TABLE "sync_batches" ADD "sync_session_id" character varying(128)');
    await queryRunner.query('ALTER TABLE "sync_batches" ADD "sync_type" character varying(16)');
    await queryRunner.query('ALTER TABLE "sync_batches" ADD "sdk_header_version" character varying(64)');
    await queryRunner.query('ALTER TABLE "sync_batches" ADD "sdk_platform" character varying(32)');
    await queryRunner.query('ALTER TABLE "sync_batches" ADD "user_agent" character varying(255)');
    await queryRunner.query('ALTER TABLE "sync_log_events" ADD "sync_session_id" character varying(128)');
    await queryRunner.query('ALTER TABLE "data_sources" ADD "last_sdk_version" character varying(64)');
    await queryRunner.query('ALTER TABLE "data_sources" ADD "last_sdk_platform" character varying(32)');
    await queryRunner.query('ALTER TABLE "data_sources" ADD "last_user_agent" character varying(255)');
    await queryRunner.query('ALTER TABLE "data_sources" ADD "last_batch_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'CREATE INDEX "ix_sync_batches_quarantined" ON "sync_batches"  ("received_at") WHERE "status" = \'quarantined\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sync_batches_user_id_sync_session_id" ON "sync_batches"  ("user_id", "sync_session_id") WHERE "sync_session_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sync_batches_user_id_request_id" ON "sync_batches"  ("user_id", "request_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sync_log_events_user_id_sync_session_id" ON "sync_log_events"  ("user_id", "sync_session_id") WHERE "sync_session_id" IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "user_connections" ADD CONSTRAINT "fk_user_connections_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user_connections" DROP CONSTRAINT "fk_user_connections_user_id"');
    await queryRunner.query('DROP INDEX "public"."ix_sync_log_events_user_id_sync_session_id"');
    await queryRunner.query('DROP INDEX "public"."ix_sync_batches_user_id_request_id"');
    await queryRunner.query('DROP INDEX "public"."ix_sync_batches_user_id_sync_session_id"');
    await queryRunner.query('DROP INDEX "public"."ix_sync_batches_quarantined"');
    await queryRunner.query('ALTER TABLE "data_sources" DROP COLUMN "last_batch_at"');
    await queryRunner.query('ALTER TABLE "data_sources" DROP COLUMN "last_user_agent"');
    await queryRunner.query('ALTER TABLE "data_sources" DROP COLUMN "last_sdk_platform"');
    await queryRunner.query('ALTER TABLE "data_sources" DROP COLUMN "last_sdk_version"');
    await queryRunner.query('ALTER TABLE "sync_log_events" DROP COLUMN "sync_session_id"');
    await queryRunner.query('ALTER TABLE "sync_batches" DROP COLUMN "user_agent"');
    await queryRunner.query('ALTER TABLE "sync_batches" DROP COLUMN "sdk_platform"');
    await queryRunner.query('ALTER TABLE "sync_batches" DROP COLUMN "sdk_header_version"');
    await queryRunner.query('ALTER TABLE "sync_batches" DROP COLUMN "sync_type"');
    await queryRunner.query('ALTER TABLE "sync_batches" DROP COLUMN "sync_session_id"');
    await queryRunner.query('ALTER TABLE "sync_batches" DROP COLUMN "quarantine_detail"');
    await queryRunner.query('ALTER TABLE "sync_batches" DROP COLUMN "quarantine_reason"');
    await queryRunner.query('DROP TABLE "user_connections"');
  }
}
