import { Global, Module } from '@nestjs/common';
import { CredentialEvents } from './auth/credential-events.js';
import { RateLimiter } from './rate-limit/rate-limiter.js';
import { RateLimitGuard } from './rate-limit/rate-limit.guard.js';

@Global()
@Module({
  providers: [CredentialEvents, RateLimiter, RateLimitGuard],
  exports: [CredentialEvents, RateLimiter, RateLimitGuard],
})
export class CommonModule {}
