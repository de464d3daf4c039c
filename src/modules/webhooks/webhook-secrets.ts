import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { loadSecretKey, SecretBox } from './secret-box.js';
import type { SealedSecrets } from './webhook-endpoints.repository.js';

/** Seals new signing secrets and opens the ones a delivery signs with (both during a rotation's grace). */
@Injectable()
export class WebhookSecrets implements OnModuleInit {
  private box: SecretBox | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const { secretKey, secretKeyFile } = this.config.webhooks;
    this.box = new SecretBox(await loadSecretKey(secretKey, secretKeyFile));
  }

  seal(secret: string): Buffer {
    return this.box!.seal(secret);
  }

  signingSecrets(sealed: SealedSecrets, now: Date): string[] {
    const secrets = [this.box!.open(sealed.secretCiphertext)];
    if (
      sealed.previousSecretCiphertext &&
      sealed.previousSecretExpiresAt &&
      sealed.previousSecretExpiresAt > now
    )
      secrets.push(this.box!.open(sealed.previousSecretCiphertext));
    return secrets;
  }
}
