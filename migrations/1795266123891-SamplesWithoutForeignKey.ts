import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foreign key from samples to users cost as much as the insert itself on bulk upserts (a per-row trigger); a
 * statement-level trigger on users now does its one job, deleting the samples of deleted users, once per DELETE
 * (an application's deletion cascading to its users included). Normalization locks the user row before writing,
 * so no sample can be written for a user being deleted.
 */
export class SamplesWithoutForeignKey1795266123891 implements MigrationInterface {
  name = 'SamplesWithoutForeignKey1795266123891';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "samples" DROP CONSTRAINT "fk_samples_user_id"');
    await queryRunner.query(
      `CREATE FUNCTION "erase_samples_of_deleted_users"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         DELETE FROM "samples" s USING "deleted_users" d WHERE s."user_id" = d."id";
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_users_erase_samples" AFTER DELETE ON "users"
       REFERENCING OLD TABLE AS "deleted_users" FOR EACH STATEMENT
       EXECUTE FUNCTION "erase_samples_of_deleted_users"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "tr_users_erase_samples" ON "users"');
    await queryRunner.query('DROP FUNCTION "erase_samples_of_deleted_users"()');
    await queryRunner.query(
      'DELETE FROM "samples" s WHERE NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = s."user_id")',
    );
    await queryRunner.query(
      'ALTER TABLE "samples" ADD CONSTRAINT "fk_samples_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }
}
