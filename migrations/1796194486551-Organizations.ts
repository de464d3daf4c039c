import { MigrationInterface, QueryRunner } from 'typeorm';

export class Organizations1796194486551 implements MigrationInterface {
  name = 'Organizations1796194486551';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_owner_operator_id"');
    await queryRunner.query('DROP INDEX "public"."ix_applications_owner_operator_id_created_at"');
    await queryRunner.query(
      'CREATE TABLE "organization_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "role" character varying(16) NOT NULL, "token_hash" bytea NOT NULL, "invited_by_operator_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_operator_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_organization_invitations_token_hash" UNIQUE ("token_hash"), CONSTRAINT "ck_organization_invitations_role" CHECK (role IN (\'owner\', \'admin\', \'developer\', \'viewer\')), CONSTRAINT "pk_organization_invitations" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_organization_invitations_organization_id_created_at" ON "organization_invitations"  ("organization_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organization_members" ("organization_id" uuid NOT NULL, "operator_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_organization_members_role" CHECK (role IN (\'owner\', \'admin\', \'developer\', \'viewer\')), CONSTRAINT "pk_organization_members" PRIMARY KEY ("organization_id", "operator_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_organization_members_operator_id" ON "organization_members"  ("operator_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "password_login_disabled" boolean NOT NULL DEFAULT false, "sso_domains" text array NOT NULL DEFAULT \'{}\', "sso_default_role" character varying(16) NOT NULL DEFAULT \'viewer\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_organizations" PRIMARY KEY ("id"))',
    );
    // Every existing operator owns an organization of their own holding their applications.
    await queryRunner.query('ALTER TABLE "applications" ADD "organization_id" uuid');
    await queryRunner.query(`
      WITH owners AS (
        SELECT id AS operator_id, gen_random_uuid() AS organization_id, email, created_at FROM operators),
      created AS (
        INSERT INTO organizations (id, name, created_at)
        SELECT organization_id, left('Organization of ' || email, 100), created_at FROM owners),
      members AS (
        INSERT INTO organization_members (organization_id, operator_id, role, created_at)
        SELECT organization_id, operator_id, 'owner', created_at FROM owners)
      UPDATE applications a SET organization_id = owners.organization_id
        FROM owners WHERE owners.operator_id = a.owner_operator_id`);
    await queryRunner.query('ALTER TABLE "applications" ALTER COLUMN "organization_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "applications" DROP COLUMN "owner_operator_id"');
    await queryRunner.query('ALTER TABLE "audit_events" ADD "organization_id" uuid');
    await queryRunner.query('ALTER TABLE "operators" ALTER COLUMN "password_hash" DROP NOT NULL');
    await queryRunner.query(
      'CREATE INDEX "ix_audit_events_organization_id_id" ON "audit_events"  ("organization_id", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_applications_organization_id_created_at" ON "applications"  ("organization_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_invitations" ADD CONSTRAINT "fk_organization_invitations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_invitations" ADD CONSTRAINT "fk_organization_invitations_invited_by_operator_id" FOREIGN KEY ("invited_by_operator_id") REFERENCES "operators"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_members" ADD CONSTRAINT "fk_organization_members_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_members" ADD CONSTRAINT "fk_organization_members_operator_id" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_organization_id"');
    await queryRunner.query(
      'ALTER TABLE "organization_members" DROP CONSTRAINT "fk_organization_members_operator_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_members" DROP CONSTRAINT "fk_organization_members_organization_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_invitations" DROP CONSTRAINT "fk_organization_invitations_invited_by_operator_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_invitations" DROP CONSTRAINT "fk_organization_invitations_organization_id"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_applications_organization_id_created_at"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_events_organization_id_id"');
    await queryRunner.query('ALTER TABLE "operators" ALTER COLUMN "password_hash" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "audit_events" DROP COLUMN "organization_id"');
    // Each application goes back to an owner of its organization (the earliest).
    await queryRunner.query('ALTER TABLE "applications" ADD "owner_operator_id" uuid');
    await queryRunner.query(`
      UPDATE applications a SET owner_operator_id = (
        SELECT m.operator_id FROM organization_members m
         WHERE m.organization_id = a.organization_id AND m.role = 'owner'
         ORDER BY m.created_at, m.operator_id LIMIT 1)`);
    await queryRunner.query('ALTER TABLE "applications" ALTER COLUMN "owner_operator_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "applications" DROP COLUMN "organization_id"');
    await queryRunner.query('DROP TABLE "organizations"');
    await queryRunner.query('DROP INDEX "public"."ix_organization_members_operator_id"');
    await queryRunner.query('DROP TABLE "organization_members"');
    await queryRunner.query('DROP INDEX "public"."ix_organization_invitations_organization_id_created_at"');
    await queryRunner.query('DROP TABLE "organization_invitations"');
    await queryRunner.query(
      'CREATE INDEX "ix_applications_owner_operator_id_created_at" ON "applications" USING btree ("created_at", "owner_operator_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_owner_operator_id" FOREIGN KEY ("owner_operator_id") REFERENCES "operators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }
}
