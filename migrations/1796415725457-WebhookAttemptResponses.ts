import { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookAttemptResponses1796415725457 implements MigrationInterface {
  name = 'WebhookAttemptResponses1796415725457';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "webhook_attempts" ADD "response_excerpt" text');
    await queryRunner.query(
      'ALTER TABLE "webhook_attempts" ADD "response_content_type" character varying(255)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "webhook_attempts" DROP COLUMN "response_content_type"');
    await queryRunner.query('ALTER TABLE "webhook_attempts" DROP COLUMN "response_excerpt"');
  }
}
