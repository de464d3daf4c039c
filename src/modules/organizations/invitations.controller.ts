import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, OperatorRole, Public } from '../../common/auth/auth.decorator.js';
import type { OperatorPrincipal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { RateLimited } from '../../common/rate-limit/rate-limit.guard.js';
import { TokenResponseDto } from '../tokens/dto/token-response.dto.js';
import {
  AcceptInvitationDto,
  MembershipResponseDto,
  RegisterWithInvitationDto,
} from './dto/organization.dto.js';
import { OrganizationsService } from './organizations.service.js';

@ApiTags('organizations')
@Controller(`${API_V1}/invitations`)
export class InvitationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post('accept')
  @Auth('operator')
  @OperatorRole('any')
  @RateLimited('redeem')
  @HttpCode(200)
  @ApiOperation({ summary: 'Join the organization of an invitation addressed to your email' })
  @ApiProblems(400, 403, 404)
  async accept(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Body() dto: AcceptInvitationDto,
  ): Promise<MembershipResponseDto> {
    const membership = await this.organizations.accept(operator, dto.token);
    return {
      id: membership.organizationId,
      name: membership.name,
      role: membership.role,
      password_login_disabled: membership.passwordLoginDisabled,
    };
  }

  @Post('register')
  @Public()
  @RateLimited('redeem')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "Become an operator through an invitation: the account gets the invitation's email; signs in",
  })
  @ApiProblems(400, 404, 409)
  async register(@Body() dto: RegisterWithInvitationDto): Promise<TokenResponseDto> {
    return this.organizations.register(dto.token, dto.password);
  }
}
