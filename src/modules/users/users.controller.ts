import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { PageDto } from '../../common/http/pagination.js';
import { API_V1 } from '../../common/http/routes.js';
import { uuidPipe } from '../../common/http/uuid.js';
import {
  CreateUserDto,
  ListUsersQueryDto,
  UpdateUserDto,
  UserPageDto,
  UserResponseDto,
} from './dto/user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Auth('operator', 'app')
@Controller(`${API_V1}/users`)
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiOperation({
    summary: 'Create a user',
    description: 'Idempotent on `external_user_id`: creating again returns the existing user with 200.',
  })
  @ApiCreatedResponse({ type: UserResponseDto, description: 'Created.' })
  @ApiOkResponse({ type: UserResponseDto, description: 'A user with this external_user_id already existed.' })
  @ApiProblems(400, 404, 409)
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: CreateUserDto,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<UserResponseDto> {
    const { user, created } = await this.users.create(principal, dto);
    response.code(created ? 201 : 200);
    return UserResponseDto.from(user);
  }

  @Get()
  @ApiOperation({ summary: "List the users of the caller's applications" })
  @ApiOkResponse({ type: UserPageDto })
  @ApiProblems(400, 404)
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListUsersQueryDto,
  ): Promise<UserPageDto> {
    const { items, total } = await this.users.list(principal, query);
    return PageDto.of(items.map(UserResponseDto.from), total, query);
  }

  @Get(':user_id')
  @ApiOperation({ summary: 'Get a user' })
  @ApiProblems(400, 404)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) id: string,
  ): Promise<UserResponseDto> {
    return UserResponseDto.from(await this.users.getAccessible(principal, id));
  }

  @Patch(':user_id')
  @ApiOperation({ summary: 'Update a user' })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserResponseDto> {
    return UserResponseDto.from(await this.users.update(principal, id, dto));
  }

  @Delete(':user_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a user and all of their data (one transaction)' })
  @ApiProblems(400, 404)
  async delete(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) id: string,
  ): Promise<void> {
    await this.users.delete(principal, id);
  }
}
