import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { TokensModule } from '../tokens/tokens.module.js';
import { InvitationMailer } from './invitation-mailer.js';
import { InvitationsController } from './invitations.controller.js';
import { OrganizationsController } from './organizations.controller.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  imports: [AuthModule, TokensModule],
  controllers: [OrganizationsController, InvitationsController],
  providers: [OrganizationsService, InvitationMailer],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
