import { Controller, Delete, Get, HttpCode, Param } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { uuidPipe } from '../../common/http/uuid.js';
import { ConnectionsService } from './connections.service.js';
import { ConnectionListDto } from './dto/connection.dto.js';

@ApiTags('connections')
@Controller(`${API_V1}/users/:user_id/connections`)
export class ConnectionsController {
  constructor(private readonly connections: ConnectionsService) {}

  @Get()
  @Auth('sdk', 'app', 'operator')
  @ApiOperation({ summary: "The user's on-device provider connections: status, syncs, SDK, data sources" })
  @ApiOkResponse({ type: ConnectionListDto })
  @ApiProblems(400, 403, 404)
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
  ): Promise<ConnectionListDto> {
    return this.connections.list(principal, userId);
  }

  @Delete(':provider')
  @Auth('sdk', 'app', 'operator')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign-out from the SDK: end the sessions of this provider and revoke the connection',
    description:
      'Called by iOS SDK ≥ 0.15 `signOut()` with the user token. apple, samsung, google and health_connect in any ' +
      'case; app credentials and operators may end a connection too (reason `operator`). Idempotent 204. 403 for ' +
      'another user’s token or a provider the SDK does not feed.',
  })
  @ApiNoContentResponse({ description: 'Signed out (or already signed out).' })
  @ApiProblems(400, 403, 404)
  async signOut(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Param('provider') provider: string,
  ): Promise<void> {
    await this.connections.signOut(principal, userId, provider);
  }
}
