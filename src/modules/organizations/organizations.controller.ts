import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, OperatorRole } from '../../common/auth/auth.decorator.js';
import type { OperatorPrincipal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { uuidPipe } from '../../common/http/uuid.js';
import {
  ChangeRoleDto,
  CreatedInvitationResponseDto,
  CreateInvitationDto,
  CreateOrganizationDto,
  InvitationResponseDto,
  MemberResponseDto,
  MembershipResponseDto,
  OrganizationResponseDto,
  TransferOwnershipDto,
  UpdateOrganizationDto,
} from './dto/organization.dto.js';
import { OrganizationsService } from './organizations.service.js';

@ApiTags('organizations')
@Auth('operator')
@Controller(`${API_V1}/organizations`)
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @OperatorRole('any')
  @ApiOperation({ summary: "The caller's organizations with their role in each" })
  async list(@CurrentPrincipal() operator: OperatorPrincipal): Promise<MembershipResponseDto[]> {
    return (await this.organizations.listMine(operator)).map((m) => ({
      id: m.organizationId,
      name: m.name,
      role: m.role,
      password_login_disabled: m.passwordLoginDisabled,
    }));
  }

  @Post()
  @OperatorRole('any')
  @ApiOperation({ summary: 'Create an organization; the caller becomes its owner' })
  @ApiProblems(400)
  async create(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Body() dto: CreateOrganizationDto,
  ): Promise<OrganizationResponseDto> {
    return OrganizationResponseDto.from(await this.organizations.create(operator, dto.name), 'owner');
  }

  @Get(':organization_id')
  @ApiOperation({ summary: 'One organization (any member)' })
  @ApiProblems(400, 404)
  async get(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Param('organization_id', uuidPipe) id: string,
  ): Promise<OrganizationResponseDto> {
    const organization = await this.organizations.get(operator, id);
    return OrganizationResponseDto.from(organization, this.organizations.roleIn(operator, id));
  }

  @Patch(':organization_id')
  @OperatorRole('admin')
  @ApiOperation({ summary: 'Rename, make SSO-only, or set the SSO domains and default role (admin)' })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Param('organization_id', uuidPipe) id: string,
    @Body() dto: UpdateOrganizationDto,
  ): Promise<OrganizationResponseDto> {
    const organization = await this.organizations.update(operator, id, dto);
    return OrganizationResponseDto.from(organization, this.organizations.roleIn(operator, id));
  }

  @Get(':organization_id/members')
  @ApiOperation({ summary: 'Members and their roles (any member)' })
  @ApiProblems(400, 404)
  async members(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Param('organization_id', uuidPipe) id: string,
  ): Promise<MemberResponseDto[]> {
    return (await this.organizations.listMembers(operator, id)).map(MemberResponseDto.from);
  }

  @Patch(':organization_id/members/:operator_id')
  @OperatorRole('admin')
  @ApiOperation({
    summary: "Change a member's role (admin; only an owner grants or takes the owner role)",
    description: 'Answers 409 when it would leave the organization without an owner.',
  })
  @ApiProblems(400, 404, 409)
  async changeRole(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Param('organization_id', uuidPipe) id: string,
    @Param('operator_id', uuidPipe) operatorId: string,
    @Body() dto: ChangeRoleDto,
  ): Promise<MemberResponseDto> {
    return MemberResponseDto.from(await this.organizations.changeRole(operator, id, operatorId, dto.role));
  }

  @Delete(':organization_id/members/:operator_id')
  @OperatorRole('any')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a member (admin; only an owner removes an owner), or leave (any member, own id)',
    description: 'Answers 409 for the last owner.',
  })
  @ApiProblems(400, 404, 409)
  async removeMember(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Param('organization_id', uuidPipe) id: string,
    @Param('operator_id', uuidPipe) operatorId: string,
  ): Promise<void> {
    await this.organizations.removeMember(operator, id, operatorId);
  }

  @Post(':organization_id/transfer-ownership')
  @OperatorRole('owner')
  @HttpCode(200)
  @ApiOperation({ summary: 'Make a member owner; the calling owner becomes admin (owner)' })
  @ApiProblems(400, 404, 409)
  async transferOwnership(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Param('organization_id', uuidPipe) id: string,
    @Body() dto: TransferOwnershipDto,
  ): Promise<MemberResponseDto[]> {
    return (await this.organizations.transferOwnership(operator, id, dto.operator_id)).map(
      MemberResponseDto.from,
    );
  }

  @Post(':organization_id/invitations')
  @OperatorRole('admin')
  @ApiOperation({
    summary: 'Invite by email (admin); the token is shown once here and emailed when SMTP_URL is set',
  })
  @ApiProblems(400, 404, 409)
  async invite(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Param('organization_id', uuidPipe) id: string,
    @Body() dto: CreateInvitationDto,
  ): Promise<CreatedInvitationResponseDto> {
    return this.organizations.invite(operator, id, dto.email, dto.role);
  }

  @Get(':organization_id/invitations')
  @OperatorRole('admin')
  @ApiOperation({ summary: 'Pending invitations (admin; tokens are never shown again)' })
  @ApiProblems(400, 404)
  async invitations(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Param('organization_id', uuidPipe) id: string,
  ): Promise<InvitationResponseDto[]> {
    return (await this.organizations.listInvitations(operator, id)).map(InvitationResponseDto.from);
  }

  @Delete(':organization_id/invitations/:invitation_id')
  @OperatorRole('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a pending invitation (admin)' })
  @ApiProblems(400, 404)
  async revokeInvitation(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Param('organization_id', uuidPipe) id: string,
    @Param('invitation_id', uuidPipe) invitationId: string,
  ): Promise<void> {
    await this.organizations.revokeInvitation(operator, id, invitationId);
  }
}
