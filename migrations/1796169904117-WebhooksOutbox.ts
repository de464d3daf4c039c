import { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhooksOutbox1796169904117 implements MigrationInterface {
  name = 'WebhooksOutbox1796169904117';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "webhook_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status_code" integer, "latency_ms" integer NOT NULL, "error" character varying(255), CONSTRAINT "pk_webhook_attempts" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_webhook_attempts_delivery_id_attempted_at" ON "webhook_attempts"  ("delivery_id", "attempted_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "endpoint_id" uuid NOT NULL, "event_id" uuid NOT NULL, "state" character varying(16) NOT NULL, "attempt_count" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_webhook_deliveries" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_webhook_deliveries_event_id" ON "webhook_deliveries"  ("event_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_webhook_deliveries_endpoint_id_created_at" ON "webhook_deliveries"  ("endpoint_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_endpoints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "url" character varying(2048) NOT NULL, "description" character varying(255), "event_types" text array, "enabled" boolean NOT NULL DEFAULT true, "disabled_reason" character varying(64), "secret_ciphertext" bytea NOT NULL, "previous_secret_ciphertext" bytea, "previous_secret_expires_at" TIMESTAMP WITH TIME ZONE, "failing_since" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_webhook_endpoints" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_webhook_endpoints_application_id" ON "webhook_endpoints"  ("application_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_events" ("id" uuid NOT NULL, "application_id" uuid NOT NULL, "type" character varying(64) NOT NULL, "data" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "coalesce_key" character varying(128), "fanned_out_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_webhook_events" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_webhook_events_collecting" ON "webhook_events"  ("application_id", "coalesce_key") WHERE coalesce_key IS NOT NULL AND fanned_out_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_webhook_events_application_id_occurred_at" ON "webhook_events"  ("application_id", "occurred_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_attempts" ADD CONSTRAINT "fk_webhook_attempts_delivery_id" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "fk_webhook_deliveries_endpoint_id" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "fk_webhook_deliveries_event_id" FOREIGN KEY ("event_id") REFERENCES "webhook_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "fk_webhook_endpoints_application_id" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_events" ADD CONSTRAINT "fk_webhook_events_application_id" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "webhook_events" DROP CONSTRAINT "fk_webhook_events_application_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "fk_webhook_endpoints_application_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "fk_webhook_deliveries_event_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "fk_webhook_deliveries_endpoint_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_attempts" DROP CONSTRAINT "fk_webhook_attempts_delivery_id"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_webhook_events_application_id_occurred_at"');
    await queryRunner.query('DROP INDEX "public"."uq_webhook_events_collecting"');
    await queryRunner.query('DROP TABLE "webhook_events"');
    await queryRunner.query('DROP INDEX "public"."ix_webhook_endpoints_application_id"');
    await queryRunner.query('DROP TABLE "webhook_endpoints"');
    await queryRunner.query('DROP INDEX "public"."ix_webhook_deliveries_endpoint_id_created_at"');
    await queryRunner.query('DROP INDEX "public"."ix_webhook_deliveries_event_id"');
    await queryRunner.query('DROP TABLE "webhook_deliveries"');
    await queryRunner.query('DROP INDEX "public"."ix_webhook_attempts_delivery_id_attempted_at"');
    await queryRunner.query('DROP TABLE "webhook_attempts"');
  }
}
