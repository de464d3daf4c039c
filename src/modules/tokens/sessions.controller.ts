import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorator.js';
import type { OperatorPrincipal, Principal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { uuidPipe } from '../../common/http/uuid.js';
import { SdkTokensService } from './sdk-tokens.service.js';

@ApiTags('tokens')
@Controller(API_V1)
export class SessionsController {
  constructor(private readonly sdkTokens: SdkTokensService) {}

  @Post('applications/:app_id/revoke-sessions')
  @Auth('operator')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign every user of the application out: refresh tokens revoked, access tokens rejected',
  })
  @ApiProblems(404)
  async revokeApplicationSessions(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Param('app_id') appId: string,
  ) {
    await this.sdkTokens.revokeApplicationSessions(operator, appId);
  }

  @Post('users/:user_id/revoke-sessions')
  @Auth('operator', 'app')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign the user out of every device' })
  @ApiProblems(400, 404)
  async revokeUserSessions(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
  ) {
    await this.sdkTokens.revokeUserSessions(principal, userId);
  }
}
