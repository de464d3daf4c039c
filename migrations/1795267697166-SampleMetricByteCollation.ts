import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Catalogue codes compare bytewise: every primary-key probe of an upsert compares `metric`, and the locale's strcoll
 * cost ~20 % of a 300,000-row upsert under C.UTF-8. Rewrites the table and its indexes once.
 */
export class SampleMetricByteCollation1795267697166 implements MigrationInterface {
  name = 'SampleMetricByteCollation1795267697166';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "samples" ALTER COLUMN "metric" TYPE character varying(64) COLLATE "C"',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "samples" ALTER COLUMN "metric" TYPE character varying(64) COLLATE pg_catalog."default"',
    );
  }
}
