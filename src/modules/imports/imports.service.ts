import { Inject, Injectable, Logger } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Principal } from '../../common/auth/principal.js';
import { uuidV7 } from '../../common/crypto/uuid-v7.js';
import { AppError, conflict, notFound } from '../../common/errors/app-error.js';
import { bodyProgress, type IncomingBody } from '../../common/http/request-body.js';
import { isStorableText } from '../../common/http/storable-text.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Transactions } from '../../database/transactions.js';
import { type AuditEntry, AuditService } from '../audit/audit.service.js';
import type { UserOwnership } from '../users/users.repository.js';
import { UsersService } from '../users/users.service.js';
import { JobQueue, QUEUES } from '../webhooks/job-queue.js';
import type { ImportDto, ImportPageDto, ListImportsQueryDto } from './dto/import.dto.js';
import type { Import } from './import.entity.js';
import { importView } from './import-view.js';
import { ImportsRepository } from './imports.repository.js';
import { spoolPath, spoolUpload, type SpooledFile } from './upload-spool.js';

type AuditActor = AuditEntry['actor'];

/** Content types an export may arrive as; anything else is 415 before a byte is stored. */
export const IMPORT_CONTENT_TYPES = [
  'application/zip',
  'application/x-zip-compressed',
  'application/xml',
  'text/xml',
  'application/gzip',
  'application/x-gzip',
  'application/octet-stream',
] as const;

/** An upload's heartbeat: a request that stops reporting for this long is taken for dead. */
export const UPLOAD_LEASE_SECONDS = 120;
const PROGRESS_EVERY_MS = 1000;

export interface UploadMeta {
  contentType: string | undefined;
  /** Content-Disposition `filename`, when the client sent one. */
  fileName: string | null;
}

export interface UploadOutcome {
  view: ImportDto;
  /** False when the same file was already imported (or is being imported) for this user. */
  created: boolean;
}

const mediaType = (header: string | undefined) => header?.split(';')[0].trim().toLowerCase() ?? '';

/** The file's own name from a Content-Disposition header, without any path. */
export function fileNameOf(disposition: string | undefined): string | null {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  if (!match) return null;
  let name = match[1];
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it as sent
  }
  name = name.split(/[\\/]/).pop()!.trim().slice(0, 255);
  return name !== '' && isStorableText(name) ? name : null;
}

/**
 * Uploads and their lifecycle as callers see it. The body streams to disk under IMPORT_DIR; only when it arrived
 * whole does the import get its hash and a job, in one transaction, so a queued import always has its file.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Transactions,
    private readonly users: UsersService,
    private readonly imports: ImportsRepository,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
  ) {}

  async uploadAppleHealth(
    principal: Principal,
    userId: string,
    body: IncomingBody,
    meta: UploadMeta,
  ): Promise<UploadOutcome> {
    const type = mediaType(meta.contentType);
    if (!(IMPORT_CONTENT_TYPES as readonly string[]).includes(type)) {
      body.stream.resume();
      throw new AppError(
        'unsupported_media_type',
        `Unsupported Content-Type "${type.slice(0, 60)}" for an Apple Health export; send application/zip ` +
          '(export.zip) or application/xml (export.xml).',
      );
    }
    const owner = await this.users.getOwnership(principal, userId);
    return this.receive(owner, principal, body, meta.fileName);
  }

  /**
   * `npm run cli -- import apple-health`: the same import from a file on the server's disk, as the operator who runs
   * the command (no tenancy: the CLI holds the database credentials).
   */
  async uploadAppleHealthFile(userId: string, filePath: string): Promise<UploadOutcome> {
    const owner = await this.users.getOwnershipForCli(userId);
    const { size } = await stat(filePath);
    return this.receive(
      owner,
      { kind: 'system', id: 'cli' },
      { stream: createReadStream(filePath), headers: { 'content-length': String(size) } },
      path.basename(filePath).slice(0, 255),
    );
  }

  private async receive(
    owner: UserOwnership,
    actor: AuditActor,
    body: IncomingBody,
    fileName: string | null,
  ): Promise<UploadOutcome> {
    const declared = Number(body.headers['content-length']);
    const row = await this.imports.create(
      {
        userId: owner.id,
        id: uuidV7(),
        applicationId: owner.applicationId,
        kind: 'apple_health',
        fileName,
        bytesTotal: body.headers['content-encoding'] || !Number.isSafeInteger(declared) ? null : declared,
      },
      UPLOAD_LEASE_SECONDS,
    );
    let file: SpooledFile;
    try {
      file = await spoolUpload(body, {
        dir: this.config.imports.dir,
        name: row.id,
        limit: this.config.imports.maxBytes,
        progress: bodyProgress(this.config),
        onProgress: this.uploadProgress(row),
      });
    } catch (error) {
      // The client hears why; an upload that never arrived whole leaves nothing behind.
      await this.imports.remove(row.userId, row.id).catch(() => undefined);
      throw error;
    }
    return this.queueUploaded(actor, row, file);
  }

  /** Reports upload progress at most once a second, one write at a time. */
  private uploadProgress(row: Import): (bytes: number) => void {
    let last = Date.now();
    let writing = false;
    return (bytes) => {
      const now = Date.now();
      if (writing || now - last < PROGRESS_EVERY_MS) return;
      last = now;
      writing = true;
      this.imports
        .recordUploadProgress(row.userId, row.id, bytes, UPLOAD_LEASE_SECONDS)
        .catch((error: unknown) =>
          this.logger.warn({ err: error, importId: row.id }, 'upload progress not saved'),
        )
        .finally(() => (writing = false));
    };
  }

  private async queueUploaded(actor: AuditActor, row: Import, file: SpooledFile): Promise<UploadOutcome> {
    const outcome = await this.db
      .run(async () => {
        const existing = await this.imports.findActiveBySha256(row.userId, file.sha256);
        if (existing) {
          await this.imports.remove(row.userId, row.id);
          return { row: existing, created: false };
        }
        const queued = await this.imports.markUploaded(row.userId, row.id, file.sha256, file.bytes);
        if (!queued) return { row: (await this.imports.get(row.userId, row.id))!, created: false };
        await this.queue.sendInTransaction(this.db.manager, [
          { name: QUEUES.importRun, data: { userId: row.userId, importId: row.id }, singletonKey: row.id },
        ]);
        await this.audit.record({
          action: 'import.created',
          actor,
          applicationId: row.applicationId,
          userId: row.userId,
          subjectId: row.id,
          details: { kind: row.kind, bytes: file.bytes, format: file.format },
        });
        return { row: queued, created: true };
      })
      .catch(async (error: unknown) => {
        // The same file, uploaded twice at once: the other request's import won the unique index.
        if ((error as { code?: string }).code !== '23505') throw error;
        const winner = await this.imports.findActiveBySha256(row.userId, file.sha256);
        if (!winner) throw error;
        await this.imports.remove(row.userId, row.id);
        return { row: winner, created: false };
      });
    if (!outcome.created) await rm(file.path, { force: true });
    return { view: importView(outcome.row, Date.now()), created: outcome.created };
  }

  async get(principal: Principal, userId: string, importId: string): Promise<ImportDto> {
    const owner = await this.users.getOwnership(principal, userId);
    return importView(await this.found(owner.id, importId), Date.now());
  }

  /** The CLI's view of its own import (see uploadAppleHealthFile). */
  async getForCli(userId: string, importId: string): Promise<ImportDto> {
    return importView(await this.found(userId, importId), Date.now());
  }

  async list(principal: Principal, userId: string, query: ListImportsQueryDto): Promise<ImportPageDto> {
    const owner = await this.users.getOwnership(principal, userId);
    const rows = await this.imports.list(owner.id, query.cursor?.toLowerCase(), query.limit + 1);
    const hasMore = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    const now = Date.now();
    return {
      data: page.map((row) => importView(row, now)),
      pagination: { next_cursor: hasMore ? page[page.length - 1].id : null, has_more: hasMore },
    };
  }

  /**
   * Stops an import between two chunks: every chunk is one transaction, so what was stored is whole (no half
   * workout, no half night) and stays. 409 once it has ended.
   */
  async cancel(principal: Principal, userId: string, importId: string): Promise<ImportDto> {
    const owner = await this.users.getOwnership(principal, userId);
    const row = await this.found(owner.id, importId);
    const cancelled = await this.db.run(async () => {
      const ended = await this.imports.finish(owner.id, row.id, 'cancelled', null);
      if (ended)
        await this.audit.record({
          action: 'import.cancelled',
          actor: principal,
          applicationId: row.applicationId,
          userId: row.userId,
          subjectId: row.id,
        });
      return ended;
    });
    if (!cancelled) throw conflict(`Import ${row.id} has already ended (${row.status}); nothing to cancel.`);
    // An upload still arriving removes its own file when its request ends.
    if (row.status !== 'uploading') await rm(spoolPath(this.config.imports.dir, row.id), { force: true });
    return importView(cancelled, Date.now());
  }

  private async found(userId: string, importId: string): Promise<Import> {
    const row = await this.imports.get(userId, importId.toLowerCase());
    if (!row) throw notFound(`Import with ID: ${importId} not found.`);
    return row;
  }
}
