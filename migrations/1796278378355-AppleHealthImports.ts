import { MigrationInterface, QueryRunner } from 'typeorm';

export class AppleHealthImports1796278378355 implements MigrationInterface {
  name = 'AppleHealthImports1796278378355';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "imports" ("user_id" uuid NOT NULL, "id" uuid NOT NULL, "application_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "file_name" character varying(255), "sha256" bytea, "bytes_total" bigint, "bytes_read" bigint NOT NULL DEFAULT \'0\', "counts" jsonb NOT NULL DEFAULT \'{}\', "rejections" jsonb NOT NULL DEFAULT \'[]\', "rejection_count" integer NOT NULL DEFAULT \'0\', "chunks_done" integer NOT NULL DEFAULT \'0\', "attempts" integer NOT NULL DEFAULT \'0\', "lease_token" uuid, "lease_until" TIMESTAMP WITH TIME ZONE, "error" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_imports" PRIMARY KEY ("user_id", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_imports_unfinished" ON "imports"  ("lease_until") WHERE "status" IN (\'queued\', \'parsing\')',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_imports_user_id_created_at" ON "imports"  ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_imports_user_id_sha256" ON "imports"  ("user_id", "sha256") WHERE "sha256" IS NOT NULL AND "status" NOT IN (\'failed\', \'cancelled\')',
    );
    await queryRunner.query(
      'ALTER TABLE "imports" ADD CONSTRAINT "fk_imports_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "imports" DROP CONSTRAINT "fk_imports_user_id"');
    await queryRunner.query('DROP INDEX "public"."uq_imports_user_id_sha256"');
    await queryRunner.query('DROP INDEX "public"."ix_imports_user_id_created_at"');
    await queryRunner.query('DROP INDEX "public"."ix_imports_unfinished"');
    await queryRunner.query('DROP TABLE "imports"');
  }
}
