import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';

export interface InvitationMail {
  to: string;
  organizationName: string;
  role: string;
  token: string;
  expiresAt: Date;
}

/** Sends invitation emails through SMTP_URL (nodemailer); without it, the inviter passes the token on. */
@Injectable()
export class InvitationMailer implements OnApplicationShutdown {
  private readonly logger = new Logger(InvitationMailer.name);
  private readonly transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const url = config.organizations.smtpUrl;
    if (url) this.transport = nodemailer.createTransport(url);
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  /** True when the SMTP server took the message; a failure is logged (without the token) and reported as false. */
  async send(mail: InvitationMail): Promise<boolean> {
    if (!this.transport) return false;
    const base = this.config.http.publicUrl;
    const text = [
      `You are invited to join ${mail.organizationName} on Wearbridge as ${mail.role}.`,
      '',
      `Invitation token: ${mail.token}`,
      '',
      `Already an operator? Sign in and POST it to ${base}/api/v1/invitations/accept as {"token": "<token>"}.`,
      `New here? POST {"token": "<token>", "password": "<password>"} to ${base}/api/v1/invitations/register.`,
      '',
      `The invitation expires at ${mail.expiresAt.toISOString()}.`,
    ].join('\n');
    try {
      await this.transport.sendMail({
        from: this.config.organizations.smtpFrom,
        to: mail.to,
        subject: `Invitation to ${mail.organizationName} on Wearbridge`,
        text,
      });
      return true;
    } catch (error) {
      this.logger.warn(`Invitation email was not sent: ${(error as Error).message}`);
      return false;
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
