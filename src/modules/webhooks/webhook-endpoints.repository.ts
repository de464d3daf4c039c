import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';

export type EndpointFields = Partial<
  Pick<WebhookEndpoint, 'url' | 'description' | 'eventTypes' | 'enabled' | 'disabledReason' | 'failingSince'>
>;

/** What signing needs: the sealed secrets (never selected by default). */
export interface SealedSecrets {
  secretCiphertext: Buffer;
  previousSecretCiphertext: Buffer | null;
  previousSecretExpiresAt: Date | null;
}

@Injectable()
export class WebhookEndpointsRepository {
  constructor(private readonly db: Transactions) {}

  private get repo() {
    return this.db.manager.getRepository(WebhookEndpoint);
  }

  async create(
    values: Pick<
      WebhookEndpoint,
      'applicationId' | 'url' | 'description' | 'eventTypes' | 'enabled' | 'secretCiphertext'
    >,
  ): Promise<WebhookEndpoint> {
    const [generated] = (await this.repo.insert(values)).generatedMaps;
    return (await this.get(values.applicationId, generated.id as string))!;
  }

  get(applicationId: string, id: string): Promise<WebhookEndpoint | null> {
    return this.repo.findOneBy({ applicationId, id });
  }

  list(applicationId: string): Promise<WebhookEndpoint[]> {
    return this.repo.find({ where: { applicationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async update(id: string, fields: EndpointFields): Promise<void> {
    if (Object.keys(fields).length > 0) await this.repo.update({ id }, fields);
  }

  async delete(id: string): Promise<void> {
    await this.repo.delete({ id });
  }

  async rotateSecret(id: string, secretCiphertext: Buffer, previousExpiresAt: Date | null): Promise<void> {
    await this.db.manager.query(
      `UPDATE webhook_endpoints
          SET previous_secret_ciphertext = CASE WHEN $3::timestamptz IS NULL THEN NULL ELSE secret_ciphertext END,
              previous_secret_expires_at = $3, secret_ciphertext = $2, updated_at = now()
        WHERE id = $1`,
      [id, secretCiphertext, previousExpiresAt],
    );
  }

  async sealedSecrets(id: string): Promise<SealedSecrets | null> {
    const rows = await this.db.manager.query(
      `SELECT secret_ciphertext AS "secretCiphertext", previous_secret_ciphertext AS "previousSecretCiphertext",
              previous_secret_expires_at AS "previousSecretExpiresAt"
         FROM webhook_endpoints WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** A success ends the endpoint's failing streak. */
  async markSucceeded(id: string): Promise<void> {
    await this.db.manager.query(
      'UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL',
      [id],
    );
  }

  /** Starts (or continues) the failing streak; true when it has lasted `disableAfterSeconds` and should end. */
  async markFailed(
    id: string,
    disableAfterSeconds: number,
  ): Promise<{ failingSince: Date; overdue: boolean }> {
    // An UPDATE answers [rows, count] through TypeORM.
    const [rows] = await this.db.manager.query(
      `UPDATE webhook_endpoints SET failing_since = coalesce(failing_since, now())
        WHERE id = $1
        RETURNING failing_since AS "failingSince",
                  enabled AND failing_since <= now() - make_interval(secs => $2) AS overdue`,
      [id, disableAfterSeconds],
    );
    return rows[0];
  }

  async disableForFailing(id: string): Promise<void> {
    await this.repo.update({ id }, { enabled: false, disabledReason: 'failing' });
  }
}
