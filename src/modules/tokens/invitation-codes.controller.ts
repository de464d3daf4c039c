import { Body, Controller, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, Public } from '../../common/auth/auth.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { uuidPipe } from '../../common/http/uuid.js';
import { RateLimited } from '../../common/rate-limit/rate-limit.guard.js';
import {
  InvitationCodeResponseDto,
  RedeemInvitationDto,
  RedeemInvitationResponseDto,
} from './dto/token-requests.dto.js';
import { InvitationCodesService } from './invitation-codes.service.js';

@ApiTags('invitation codes')
@Controller(API_V1)
export class InvitationCodesController {
  constructor(private readonly invitations: InvitationCodesService) {}

  @Post('users/:user_id/invitation-code')
  @Auth('operator', 'app')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      "Create a pairing code for the user (valid 7 days, single use); the user's older codes are revoked",
  })
  @ApiProblems(400, 404)
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
  ): Promise<InvitationCodeResponseDto> {
    return this.invitations.create(principal, userId);
  }

  @Post('invitation-code/redeem')
  @Public()
  @RateLimited('redeem')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Exchange a pairing code for SDK tokens (case-insensitive; unknown, expired or used → 404)',
  })
  @ApiProblems(400, 404)
  redeem(@Body() dto: RedeemInvitationDto): Promise<RedeemInvitationResponseDto> {
    return this.invitations.redeem(dto.code);
  }
}
