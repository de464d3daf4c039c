import { Injectable } from '@nestjs/common';
import type { AppPrincipal } from '../../common/auth/principal.js';
import { unauthorized } from '../../common/errors/app-error.js';
import { ApiKeysService } from '../apps/api-keys.service.js';
import { UsersService } from '../users/users.service.js';
import { IngestionLimits } from './ingestion-limits.js';
import { IngestionService, PushMeta, SyncOutcome } from './ingestion.service.js';
import type { IncomingBody } from '../../common/http/request-body.js';
import { parseJsonBody } from './sync-envelope.js';
import { parseTutorialBody, shortNameOf } from './tutorial-readings.js';
import { SummaryRow, TutorialSummaryRepository } from './tutorial-summary.repository.js';

export interface TutorialSummary {
  userId: string;
  summary: Record<string, Array<{ value: number; unit: string | null; date: string; stage?: string }>>;
  totalReadings: number;
}

/** The summary key of a stored row: the HealthKit short name the tutorial used, else the catalogue metric. */
function dataTypeOf(row: SummaryRow): string {
  if (row.metric === 'sleep') return 'sleepAnalysis';
  return row.vendorType.startsWith('HK') ? shortNameOf(row.vendorType) : row.metric;
}

/**
 * The classic HealthKit-to-server tutorial's contract (`/health/sync`, `/health/summary/{userId}` with X-API-Key),
 * served by the same journal and normalization as the SDK path.
 */
@Injectable()
export class TutorialService {
  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly users: UsersService,
    private readonly ingestion: IngestionService,
    private readonly limits: IngestionLimits,
    private readonly summaries: TutorialSummaryRepository,
  ) {}

  /** The tutorial knows only the API key and its exact 401 message, so it is checked here, not by the global guard. */
  private async authenticate(apiKey: string | undefined): Promise<AppPrincipal> {
    const principal = apiKey ? await this.apiKeys.authenticate(apiKey.trim()) : null;
    if (!principal) throw unauthorized('Invalid or missing API key', 'ApiKey');
    return principal;
  }

  async sync(apiKey: string | undefined, body: IncomingBody, meta: PushMeta): Promise<SyncOutcome> {
    const principal = await this.authenticate(apiKey);
    const raw = await this.ingestion.readBody(body);
    try {
      const json = parseJsonBody(raw.bytes);
      const push = parseTutorialBody(json);
      // The tutorial's userId is the integrator's own id: the user is created in the key's application if new.
      const { user } = await this.users.create(principal, { external_user_id: push.externalUserId });
      const target = { id: user.id, applicationId: user.applicationId };
      return await this.limits.withUserSlot(target.id, () =>
        this.ingestion.journalBody(target, 'tutorial', raw, meta, json, () => push.batch),
      );
    } finally {
      this.ingestion.releaseBody(raw);
    }
  }

  async summary(
    apiKey: string | undefined,
    externalUserId: string,
    perType: number,
  ): Promise<TutorialSummary> {
    const principal = await this.authenticate(apiKey);
    const userId = await this.summaries.userId(principal.applicationId, externalUserId);
    const result: TutorialSummary = { userId: externalUserId, summary: {}, totalReadings: 0 };
    if (!userId) return result;
    const [samples, sleep, total] = await Promise.all([
      this.summaries.latestSamples(userId, perType),
      this.summaries.latestSleep(userId, perType),
      this.summaries.countStored(userId),
    ]);
    for (const row of [...samples, ...sleep]) {
      const entry = { value: row.value, unit: row.unit, date: new Date(row.date).toISOString() };
      (result.summary[dataTypeOf(row)] ??= []).push(row.stage ? { ...entry, stage: row.stage } : entry);
    }
    result.totalReadings = total;
    return result;
  }
}
