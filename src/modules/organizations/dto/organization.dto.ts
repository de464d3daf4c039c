import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ORGANIZATION_ROLES, type OrganizationRole } from '../../../common/auth/organization-roles.js';
import type { Organization } from '../organization.entity.js';
import type { OrganizationInvitation } from '../organization-invitation.entity.js';
import type { MemberView } from '../organizations.repository.js';

const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class CreateOrganizationDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;
}

export class UpdateOrganizationDto {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  /** SSO-only: members may no longer log in with a password. */
  @IsOptional()
  @IsBoolean()
  password_login_disabled?: boolean;

  /** Email domains whose single sign-on users join this organization on first login (also in OIDC_ALLOWED_DOMAINS). */
  @IsOptional()
  @ArrayMaxSize(20)
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((d) => (typeof d === 'string' ? d.trim().toLowerCase() : d)) : value,
  )
  @Matches(/^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/, {
    each: true,
    message: 'each sso_domains entry must be a domain name such as example.com',
  })
  sso_domains?: string[];

  /** Role of operators created by their first single sign-on. */
  @IsOptional()
  @IsIn(ORGANIZATION_ROLES)
  sso_default_role?: OrganizationRole;
}

export class OrganizationResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  name: string;
  /** The caller's role in it. */
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role: OrganizationRole;
  password_login_disabled: boolean;
  sso_domains: string[];
  @ApiProperty({ enum: ORGANIZATION_ROLES }) sso_default_role: OrganizationRole;
  created_at: Date;

  static from(organization: Organization, role: OrganizationRole): OrganizationResponseDto {
    return {
      id: organization.id,
      name: organization.name,
      role,
      password_login_disabled: organization.passwordLoginDisabled,
      sso_domains: organization.ssoDomains,
      sso_default_role: organization.ssoDefaultRole,
      created_at: organization.createdAt,
    };
  }
}

export class MembershipResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  name: string;
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role: OrganizationRole;
  password_login_disabled: boolean;
}

export class MemberResponseDto {
  @ApiProperty({ format: 'uuid' }) operator_id: string;
  email: string;
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role: OrganizationRole;
  joined_at: Date;

  static from(member: MemberView): MemberResponseDto {
    return {
      operator_id: member.operatorId,
      email: member.email,
      role: member.role,
      joined_at: member.joinedAt,
    };
  }
}

export class ChangeRoleDto {
  @IsIn(ORGANIZATION_ROLES)
  @ApiProperty({ enum: ORGANIZATION_ROLES })
  role: OrganizationRole;
}

export class TransferOwnershipDto {
  /** The member who becomes an owner; the caller stays on as admin. */
  @IsUUID()
  operator_id: string;
}

export class CreateInvitationDto {
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(320)
  email: string;

  @IsIn(ORGANIZATION_ROLES)
  @ApiProperty({ enum: ORGANIZATION_ROLES })
  role: OrganizationRole;
}

export class InvitationResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  email: string;
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role: OrganizationRole;
  expires_at: Date;
  created_at: Date;

  static from(invitation: OrganizationInvitation): InvitationResponseDto {
    return {
      id: invitation.id,
      organization_id: invitation.organizationId,
      email: invitation.email,
      role: invitation.role,
      expires_at: invitation.expiresAt,
      created_at: invitation.createdAt,
    };
  }
}

export class CreatedInvitationResponseDto extends InvitationResponseDto {
  /** Shown only here: hand it to the invitee (it is also emailed when SMTP_URL is set). */
  @ApiProperty({ example: 'inv_3f9a…' })
  token: string;
  /** Whether the invitation email was accepted by the SMTP server. */
  email_sent: boolean;
}

export class AcceptInvitationDto {
  @IsString()
  @Matches(/^inv_[0-9a-f]{64}$/, { message: 'token must be an invitation token (inv_…)' })
  token: string;
}

export class RegisterWithInvitationDto extends AcceptInvitationDto {
  @IsString()
  @MinLength(12)
  @MaxLength(1024)
  password: string;
}
