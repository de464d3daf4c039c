import {
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { Principal } from '../auth/principal.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { bucketKey, RateLimitBucket, RateLimiter } from './rate-limiter.js';

export type RateLimitedAction = 'login' | 'mint' | 'refresh' | 'introspect' | 'redeem';

const RATE_LIMITED_ACTION = 'wearbridge:rate-limited-action';

function credentialOf(
  action: RateLimitedAction,
  request: FastifyRequest & { principal?: Principal },
): string | undefined {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const principal = request.principal;
  switch (action) {
    case 'login':
      return typeof (body.email ?? body.username) === 'string'
        ? String(body.email ?? body.username).toLowerCase()
        : undefined;
    case 'refresh':
      return typeof (body.refresh_token ?? body.token) === 'string'
        ? String(body.refresh_token ?? body.token)
        : undefined;
    case 'redeem':
      return undefined;
    default:
      if (!principal) return typeof body.app_id === 'string' ? body.app_id : undefined;
      return principal.kind === 'operator'
        ? principal.operatorId
        : principal.kind === 'app'
          ? principal.appId
          : principal.userId;
  }
}

/** Counts the request per client address and per credential; runs after authentication. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private limitFor(action: RateLimitedAction): number {
    const limits = this.config.rateLimits;
    if (action === 'login') return limits.loginPerMinute;
    if (action === 'redeem') return limits.redeemPerMinute;
    return limits.tokenPerMinute;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const action = this.reflector.get<RateLimitedAction>(RATE_LIMITED_ACTION, context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    const limit = this.limitFor(action);
    const buckets: RateLimitBucket[] = [{ key: bucketKey(action, 'ip', request.ip ?? 'unknown'), limit }];
    const credential = credentialOf(action, request);
    if (credential) buckets.push({ key: bucketKey(action, 'credential', credential), limit });
    await this.limiter.consume(buckets);
    return true;
  }
}

export function RateLimited(action: RateLimitedAction) {
  return applyDecorators(
    SetMetadata(RATE_LIMITED_ACTION, action),
    UseGuards(RateLimitGuard),
    ApiProblems(429),
  );
}
