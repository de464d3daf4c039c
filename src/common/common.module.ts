import { Global, Module } from '@nestjs/common';
import { CredentialEvents } from './auth/credential-events.js';
import { CredentialNotifications } from './auth/credential-notifications.js';
import { RateLimitCountersRepository } from './rate-limit/rate-limit-counters.repository.js';
import { RateLimiter } from './rate-limit/rate-limiter.js';
import { RateLimitGuard } from './rate-limit/rate-limit.guard.js';

@Global()
@Module({
  providers: [
    CredentialEvents,
    CredentialNotifications,
    RateLimitCountersRepository,
    RateLimiter,
    RateLimitGuard,
  ],
  exports: [CredentialEvents, RateLimitCountersRepository, RateLimiter, RateLimitGuard],
})
export class CommonModule {}
