import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReadApi1795260398082 implements MigrationInterface {
  name = 'ReadApi1795260398082';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "source_priorities" ("application_id" uuid NOT NULL, "device_types" character varying array NOT NULL DEFAULT \'{}\', "providers" character varying array NOT NULL DEFAULT \'{}\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_source_priorities" PRIMARY KEY ("application_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "source_priorities" ADD CONSTRAINT "fk_source_priorities_application_id" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "source_priorities" DROP CONSTRAINT "fk_source_priorities_application_id"',
    );
    await queryRunner.query('DROP TABLE "source_priorities"');
  }
}
