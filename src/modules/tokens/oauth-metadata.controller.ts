import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { OAuthServerMetadataDto } from './dto/token-requests.dto.js';

const CLIENT_AUTH_METHODS = ['client_secret_basic', 'client_secret_post'];

@ApiTags('tokens')
@Controller('.well-known')
export class OAuthMetadataController {
  private readonly metadata: OAuthServerMetadataDto;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const base = config.http.publicUrl;
    this.metadata = {
      issuer: config.jwt.issuer,
      token_endpoint: `${base}/${API_V1}/oauth/token`,
      revocation_endpoint: `${base}/${API_V1}/oauth/revoke`,
      introspection_endpoint: `${base}/${API_V1}/oauth/introspect`,
      jwks_uri: `${base}/.well-known/jwks.json`,
      service_documentation: `${base}/docs`,
      response_types_supported: [],
      grant_types_supported: ['client_credentials', 'refresh_token'],
      scopes_supported: ['app', 'sdk'],
      token_endpoint_auth_methods_supported: CLIENT_AUTH_METHODS,
      revocation_endpoint_auth_methods_supported: CLIENT_AUTH_METHODS,
      introspection_endpoint_auth_methods_supported: CLIENT_AUTH_METHODS,
    };
  }

  @Get('oauth-authorization-server')
  @Public()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'OAuth 2.0 authorization server metadata (RFC 8414)' })
  @ApiOkResponse({ type: OAuthServerMetadataDto })
  metadataDocument(): OAuthServerMetadataDto {
    return this.metadata;
  }
}
