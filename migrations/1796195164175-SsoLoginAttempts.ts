import { MigrationInterface, QueryRunner } from 'typeorm';

export class SsoLoginAttempts1796195164175 implements MigrationInterface {
  name = 'SsoLoginAttempts1796195164175';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sso_login_attempts" ("id_hash" bytea NOT NULL, "state" jsonb NOT NULL, "mode" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_sso_login_attempts" PRIMARY KEY ("id_hash"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sso_login_attempts_expires_at" ON "sso_login_attempts"  ("expires_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_sso_login_attempts_expires_at"');
    await queryRunner.query('DROP TABLE "sso_login_attempts"');
  }
}
