import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Transactions } from '../../database/transactions.js';
import { Application } from './application.entity.js';

export interface ApplicationCredentials {
  id: string;
  appId: string;
  secretHash: Buffer;
  previousSecretHash: Buffer | null;
  previousSecretExpiresAt: Date | null;
}

@Injectable()
export class ApplicationsRepository {
  constructor(private readonly db: Transactions) {}

  private get repo() {
    return this.db.manager.getRepository(Application);
  }

  async create(
    values: Pick<Application, 'appId' | 'name' | 'organizationId' | 'secretHash'>,
  ): Promise<Application> {
    const [generated] = (await this.repo.insert(values)).generatedMaps;
    return (await this.repo.findOneBy({ id: generated.id as string }))!;
  }

  async listByOrganizations(organizationIds: string[]): Promise<Application[]> {
    if (organizationIds.length === 0) return [];
    return this.repo.find({
      where: { organizationId: In(organizationIds) },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  getById(id: string): Promise<Application | null> {
    return this.repo.findOneBy({ id });
  }

  getByAppId(appId: string): Promise<Application | null> {
    return this.repo.findOneBy({ appId });
  }

  async getCredentials(appId: string): Promise<ApplicationCredentials | null> {
    const rows: ApplicationCredentials[] = await this.db.manager.query(
      `SELECT id, app_id AS "appId", secret_hash AS "secretHash", previous_secret_hash AS "previousSecretHash",
              previous_secret_expires_at AS "previousSecretExpiresAt"
         FROM applications WHERE app_id = $1`,
      [appId],
    );
    return rows[0] ?? null;
  }

  async replaceSecret(id: string, secretHash: Buffer, previous: { hash: Buffer; expiresAt: Date } | null) {
    await this.repo.update(
      { id },
      {
        secretHash,
        previousSecretHash: previous?.hash ?? null,
        previousSecretExpiresAt: previous?.expiresAt ?? null,
      },
    );
  }

  async countUsers(id: string): Promise<number> {
    const [{ count }] = await this.db.manager.query(
      'SELECT count(*)::int AS count FROM users WHERE application_id = $1',
      [id],
    );
    return count;
  }

  /** Cascades to API keys, users and everything the users own. */
  async delete(id: string): Promise<void> {
    await this.repo.delete({ id });
  }
}
