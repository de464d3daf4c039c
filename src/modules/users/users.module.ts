import { WebhooksModule } from '../webhooks/webhooks.module.js';
import { Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module.js';
import { UsersController } from './users.controller.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [AppsModule, WebhooksModule],
  controllers: [UsersController],
  providers: [UsersRepository, UsersService],
  exports: [UsersService],
})
export class UsersModule {}
