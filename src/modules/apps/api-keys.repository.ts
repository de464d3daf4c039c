import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Transactions } from '../../database/transactions.js';
import { ApiKey } from './api-key.entity.js';

@Injectable()
export class ApiKeysRepository {
  constructor(private readonly db: Transactions) {}

  private get repo() {
    return this.db.manager.getRepository(ApiKey);
  }

  async create(
    values: Pick<ApiKey, 'applicationId' | 'name' | 'prefix' | 'keyHash' | 'createdByOperatorId'>,
  ) {
    const [generated] = (await this.repo.insert(values)).generatedMaps;
    return (await this.getById(generated.id as string))!;
  }

  getById(id: string): Promise<ApiKey | null> {
    return this.repo.findOneBy({ id });
  }

  listForApplications(applicationIds: string[]): Promise<ApiKey[]> {
    if (applicationIds.length === 0) return Promise.resolve([]);
    return this.repo.find({
      where: { applicationId: In(applicationIds) },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  async findActiveByHash(
    keyHash: Buffer,
  ): Promise<{ id: string; applicationId: string; appId: string } | null> {
    const rows = await this.db.manager.query(
      `SELECT k.id, k.application_id AS "applicationId", a.app_id AS "appId"
         FROM api_keys k JOIN applications a ON a.id = k.application_id
        WHERE k.key_hash = $1`,
      [keyHash],
    );
    return rows[0] ?? null;
  }

  async rename(id: string, name: string): Promise<void> {
    await this.repo.update({ id }, { name });
  }

  async replaceKey(id: string, prefix: string, keyHash: Buffer): Promise<void> {
    await this.repo.update({ id }, { prefix, keyHash, lastUsedAt: null });
  }

  /** Last use is advisory, so it is written at most once a minute per key. */
  async touch(id: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE api_keys SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }

  async delete(id: string): Promise<void> {
    await this.repo.delete({ id });
  }
}
