import { Body, Controller, Get, Header, HttpCode, Post } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, Public } from '../../common/auth/auth.decorator.js';
import type { OperatorPrincipal } from '../../common/auth/principal.js';
import { AppError, unauthorized } from '../../common/errors/app-error.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { RateLimited } from '../../common/rate-limit/rate-limit.guard.js';
import { TokenResponseDto } from '../tokens/dto/token-response.dto.js';
import { OperatorSessionsService } from '../tokens/operator-sessions.service.js';
import { LoginDto, OperatorResponseDto } from './dto/login.dto.js';
import { OperatorsService } from './operators.service.js';

export const WRONG_CREDENTIALS = 'Incorrect email or password';
export const SSO_ONLY =
  'Password login is disabled for your organization: sign in with single sign-on (GET /api/v1/auth/oidc/login).';

@ApiTags('auth')
@Controller(`${API_V1}/auth`)
export class AuthController {
  constructor(
    private readonly operators: OperatorsService,
    private readonly sessions: OperatorSessionsService,
  ) {}

  @Post('login')
  @Public()
  @RateLimited('login')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiOperation({
    summary: 'Operator login: JSON {email,password} or the OAuth2 password form (username, password)',
  })
  @ApiProblems(400, 401, 403)
  async login(@Body() dto: LoginDto): Promise<TokenResponseDto> {
    const email = (dto.email ?? dto.username)!;
    const operator = await this.operators.verifyPassword(email, dto.password);
    if (!operator) {
      await this.sessions.recordFailedLogin(email);
      throw unauthorized(WRONG_CREDENTIALS);
    }
    if (await this.operators.passwordLoginDisabled(operator.id)) throw new AppError('forbidden', SSO_ONLY);
    return this.sessions.start(operator.id);
  }

  @Get('me')
  @Auth('operator')
  @ApiOperation({ summary: 'The logged-in operator' })
  async me(@CurrentPrincipal() principal: OperatorPrincipal): Promise<OperatorResponseDto> {
    const operator = (await this.operators.getById(principal.operatorId))!;
    return {
      id: operator.id,
      email: operator.email,
      created_at: operator.createdAt,
      last_login_at: operator.lastLoginAt,
    };
  }
}
