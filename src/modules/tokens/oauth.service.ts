import { Injectable } from '@nestjs/common';
import { parseBasicAuthorization } from '../../common/auth/basic-credentials.js';
import type { AppPrincipal } from '../../common/auth/principal.js';
import { ApplicationsService } from '../apps/applications.service.js';
import type {
  IntrospectionResponseDto,
  OAuthTokenDto,
  OAuthTokenParameterDto,
  OAuthTokenResponseDto,
} from './dto/token-requests.dto.js';
import { OAuthError } from './oauth-errors.js';
import { SdkTokensService } from './sdk-tokens.service.js';

type ClientAuthentication = { client_id?: string; client_secret?: string };

/** The OAuth 2.0 endpoints' logic: client authentication (RFC 6749 §2.3.1) and grant dispatch. */
@Injectable()
export class OAuthService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly sdkTokens: SdkTokensService,
  ) {}

  async token(authorization: string | undefined, dto: OAuthTokenDto): Promise<OAuthTokenResponseDto> {
    const app = await this.authenticateClient(authorization, dto);
    if (dto.grant_type === 'refresh_token') {
      if (!dto.refresh_token) throw new OAuthError('invalid_request', 'refresh_token is required');
      return this.sdkTokens.refreshForClient(app, dto.refresh_token);
    }
    return this.sdkTokens.appToken(app);
  }

  async revoke(authorization: string | undefined, dto: OAuthTokenParameterDto): Promise<void> {
    const app = await this.authenticateClient(authorization, dto);
    await this.sdkTokens.revokeForClient(app, dto.token);
  }

  async introspect(
    authorization: string | undefined,
    dto: OAuthTokenParameterDto,
  ): Promise<IntrospectionResponseDto> {
    const app = await this.authenticateClient(authorization, dto);
    return this.sdkTokens.introspect(app, dto.token);
  }

  /** `client_secret_basic` or `client_secret_post`; anything else is `invalid_client`. */
  private async authenticateClient(
    authorization: string | undefined,
    dto: ClientAuthentication,
  ): Promise<AppPrincipal> {
    const credentials = clientCredentials(authorization, dto);
    if (!credentials)
      throw new OAuthError(
        'invalid_client',
        'Client authentication is required (client_secret_basic or client_secret_post)',
      );
    const app = await this.applications.verifyCredentials(credentials.id, credentials.secret, 'app_token');
    if (!app) throw new OAuthError('invalid_client', 'Invalid client credentials');
    return app;
  }
}

function clientCredentials(
  authorization: string | undefined,
  dto: ClientAuthentication,
): { id: string; secret: string } | undefined {
  const basic = parseBasicAuthorization(authorization);
  if (basic.kind === 'malformed') throw new OAuthError('invalid_client', basic.reason);
  if (basic.kind === 'credentials') return basic.credentials;
  if (dto.client_id && dto.client_secret) return { id: dto.client_id, secret: dto.client_secret };
  return undefined;
}
