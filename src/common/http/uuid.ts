import { ParseUUIDPipe } from '@nestjs/common';
import { AppError } from '../errors/app-error.js';

/** A path id that is not a UUID is a 400 naming the parameter. */
export const uuidPipe = new ParseUUIDPipe({
  exceptionFactory: () => new AppError('validation_failed', 'id must be a UUID'),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For ids checked in a service, after authentication has had its say. */
export function requireUuid(id: string): string {
  if (!UUID.test(id)) throw new AppError('validation_failed', 'id must be a UUID');
  return id;
}
