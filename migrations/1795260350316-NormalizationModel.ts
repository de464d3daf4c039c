import { MigrationInterface, QueryRunner } from 'typeorm';

export class NormalizationModel1795260350316 implements MigrationInterface {
  name = 'NormalizationModel1795260350316';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "data_sources" ("user_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider" character varying(16) NOT NULL, "source_key" character varying(128) NOT NULL, "app_id" character varying(255), "app_name" character varying(255), "device_name" character varying(255), "device_model" character varying(255), "device_manufacturer" character varying(255), "device_type" character varying(32) NOT NULL, "recording_method" character varying(32), "software_version" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_data_sources_user_id_source_key" UNIQUE ("user_id", "source_key"), CONSTRAINT "pk_data_sources" PRIMARY KEY ("user_id", "id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "raw_records" ("user_id" uuid NOT NULL, "vendor_type" character varying(128) NOT NULL, "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "data_source_id" uuid NOT NULL, "end_at" TIMESTAMP WITH TIME ZONE NOT NULL, "value" double precision, "unit" character varying(64), "zone_offset" character varying(9), "record_id" character varying(255) COLLATE "C", "parent_id" character varying(255), "metadata" jsonb, "batch_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_raw_records" PRIMARY KEY ("user_id", "vendor_type", "start_at", "data_source_id", "end_at"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_raw_records_user_id_record_id" ON "raw_records"  ("user_id", "record_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "samples" ("user_id" uuid NOT NULL, "metric" character varying(64) NOT NULL, "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "data_source_id" uuid NOT NULL, "end_at" TIMESTAMP WITH TIME ZONE NOT NULL, "value" double precision NOT NULL, "unit" character varying(32) NOT NULL, "category" character varying(64), "zone_offset" character varying(9), "record_id" character varying(255) COLLATE "C", "parent_id" character varying(255), "vendor_type" character varying(128) NOT NULL, "metadata" jsonb, "batch_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_samples" PRIMARY KEY ("user_id", "metric", "start_at", "data_source_id", "end_at"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_samples_user_id_record_id" ON "samples"  ("user_id", "record_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sleep_sessions" ("user_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "data_source_id" uuid NOT NULL, "session_key" character varying(300) NOT NULL, "parent_id" character varying(255), "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "end_at" TIMESTAMP WITH TIME ZONE NOT NULL, "zone_offset" character varying(9), "local_date" date NOT NULL, "duration_seconds" integer NOT NULL, "time_in_bed_seconds" integer NOT NULL, "total_sleep_seconds" integer NOT NULL, "awake_seconds" integer NOT NULL, "light_seconds" integer NOT NULL, "deep_seconds" integer NOT NULL, "rem_seconds" integer NOT NULL, "asleep_seconds" integer NOT NULL, "in_bed_seconds" integer NOT NULL, "unknown_seconds" integer NOT NULL, "efficiency" numeric(5,2), "stage_count" integer NOT NULL, "is_nap" boolean NOT NULL DEFAULT false, "is_primary" boolean NOT NULL DEFAULT true, "batch_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_sleep_sessions_user_id_data_source_id_session_key" UNIQUE ("user_id", "data_source_id", "session_key"), CONSTRAINT "pk_sleep_sessions" PRIMARY KEY ("user_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sleep_sessions_user_id_start_at" ON "sleep_sessions"  ("user_id", "start_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sleep_stages" ("user_id" uuid NOT NULL, "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "data_source_id" uuid NOT NULL, "end_at" TIMESTAMP WITH TIME ZONE NOT NULL, "stage" character varying(16) NOT NULL, "zone_offset" character varying(9), "record_id" character varying(255) COLLATE "C", "parent_id" character varying(255), "vendor_type" character varying(64) NOT NULL, "values" jsonb, "batch_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_sleep_stages" PRIMARY KEY ("user_id", "start_at", "data_source_id", "end_at", "stage"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sleep_stages_user_id_record_id" ON "sleep_stages"  ("user_id", "record_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "workouts" ("user_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "data_source_id" uuid NOT NULL, "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "end_at" TIMESTAMP WITH TIME ZONE NOT NULL, "zone_offset" character varying(9), "activity_type" character varying(64) NOT NULL, "vendor_type" character varying(128) NOT NULL, "title" character varying(255), "notes" text, "statistics" jsonb NOT NULL DEFAULT \'{}\', "other_values" jsonb, "route" jsonb, "laps" jsonb, "segments" jsonb, "samples" jsonb, "metadata" jsonb, "record_id" character varying(255) COLLATE "C", "parent_id" character varying(255), "batch_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_workouts_user_id_start_at_data_source_id_end_at" UNIQUE ("user_id", "start_at", "data_source_id", "end_at"), CONSTRAINT "pk_workouts" PRIMARY KEY ("user_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_workouts_user_id_record_id" ON "workouts"  ("user_id", "record_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "data_sources" ADD CONSTRAINT "fk_data_sources_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "raw_records" ADD CONSTRAINT "fk_raw_records_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "samples" ADD CONSTRAINT "fk_samples_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sleep_sessions" ADD CONSTRAINT "fk_sleep_sessions_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sleep_sessions" ADD CONSTRAINT "fk_sleep_sessions_user_id_data_source_id" FOREIGN KEY ("user_id", "data_source_id") REFERENCES "data_sources"("user_id","id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sleep_stages" ADD CONSTRAINT "fk_sleep_stages_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sleep_stages" ADD CONSTRAINT "fk_sleep_stages_user_id_data_source_id" FOREIGN KEY ("user_id", "data_source_id") REFERENCES "data_sources"("user_id","id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "workouts" ADD CONSTRAINT "fk_workouts_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "workouts" ADD CONSTRAINT "fk_workouts_user_id_data_source_id" FOREIGN KEY ("user_id", "data_source_id") REFERENCES "data_sources"("user_id","id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "workouts" DROP CONSTRAINT "fk_workouts_user_id_data_source_id"');
    await queryRunner.query('ALTER TABLE "workouts" DROP CONSTRAINT "fk_workouts_user_id"');
    await queryRunner.query(
      'ALTER TABLE "sleep_stages" DROP CONSTRAINT "fk_sleep_stages_user_id_data_source_id"',
    );
    await queryRunner.query('ALTER TABLE "sleep_stages" DROP CONSTRAINT "fk_sleep_stages_user_id"');
    await queryRunner.query(
      'ALTER TABLE "sleep_sessions" DROP CONSTRAINT "fk_sleep_sessions_user_id_data_source_id"',
    );
    await queryRunner.query('ALTER TABLE "sleep_sessions" DROP CONSTRAINT "fk_sleep_sessions_user_id"');
    await queryRunner.query('ALTER TABLE "samples" DROP CONSTRAINT "fk_samples_user_id"');
    await queryRunner.query('ALTER TABLE "raw_records" DROP CONSTRAINT "fk_raw_records_user_id"');
    await queryRunner.query('ALTER TABLE "data_sources" DROP CONSTRAINT "fk_data_sources_user_id"');
    await queryRunner.query('DROP INDEX "public"."ix_workouts_user_id_record_id"');
    await queryRunner.query('DROP TABLE "workouts"');
    await queryRunner.query('DROP INDEX "public"."ix_sleep_stages_user_id_record_id"');
    await queryRunner.query('DROP TABLE "sleep_stages"');
    await queryRunner.query('DROP INDEX "public"."ix_sleep_sessions_user_id_start_at"');
    await queryRunner.query('DROP TABLE "sleep_sessions"');
    await queryRunner.query('DROP INDEX "public"."ix_samples_user_id_record_id"');
    await queryRunner.query('DROP TABLE "samples"');
    await queryRunner.query('DROP INDEX "public"."ix_raw_records_user_id_record_id"');
    await queryRunner.query('DROP TABLE "raw_records"');
    await queryRunner.query('DROP TABLE "data_sources"');
  }
}
