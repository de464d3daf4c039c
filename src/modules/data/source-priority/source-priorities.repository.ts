import { Injectable } from '@nestjs/common';
import { Transactions } from '../../../database/transactions.js';
import { SourcePriority } from './source-priority.entity.js';

@Injectable()
export class SourcePrioritiesRepository {
  constructor(private readonly db: Transactions) {}

  async get(applicationId: string): Promise<SourcePriority | null> {
    return this.db.manager.getRepository(SourcePriority).findOneBy({ applicationId });
  }

  async put(applicationId: string, deviceTypes: string[], providers: string[]): Promise<SourcePriority> {
    const rows: SourcePriority[] = await this.db.manager.query(
      `INSERT INTO source_priorities (application_id, device_types, providers) VALUES ($1, $2, $3)
       ON CONFLICT (application_id) DO UPDATE
          SET device_types = EXCLUDED.device_types, providers = EXCLUDED.providers, updated_at = now()
       RETURNING application_id AS "applicationId", device_types AS "deviceTypes", providers, updated_at AS "updatedAt"`,
      [applicationId, deviceTypes, providers],
    );
    return rows[0]!;
  }
}
