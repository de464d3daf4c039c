import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A single sign-on in progress: what openid-client's strategy keeps between the redirect to the identity provider
 * and the callback (state, nonce, PKCE verifier). The browser holds only a random name for it (a cookie), stored
 * here as SHA-256; it is used once.
 */
@Entity('sso_login_attempts')
@Index(['expiresAt'])
export class SsoLoginAttempt {
  @PrimaryColumn({ type: 'bytea' })
  idHash: Buffer;

  @Column({ type: 'jsonb' })
  state: Record<string, unknown>;

  /** `cookie`: the callback sets a browser session; `token`: it answers with a token pair. */
  @Column({ type: 'varchar', length: 16 })
  mode: 'cookie' | 'token';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
