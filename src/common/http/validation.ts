import { ValidateIf } from 'class-validator';
import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldError } from '../errors/app-error.js';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** 400 listing every bad field (the peer's clients expect 400, not 422). Unknown fields are rejected by name. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const detail = fields.map((f) => `${f.field}: ${f.messages.join(', ')}`).join('; ');
      return new AppError('validation_failed', detail || 'Invalid request', { errors: fields });
    },
  });
}

/**
 * Like `@IsOptional()`, but only for an absent field: `null` is validated (and refused by the type check), for
 * fields whose column or default cannot take a null.
 */
export const IsOmittable = () => ValidateIf((_object, value) => value !== undefined);
