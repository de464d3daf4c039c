import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';

/**
 * A response body that is already JSON text: large lists built by PostgreSQL are sent as they arrive instead of
 * being parsed into objects and stringified again. `T` is the shape the text has (the documented response DTO).
 */
export class JsonBody<T> {
  declare private readonly shape?: T;

  constructor(readonly text: string) {}

  /** `{"data": <data>, …rest}`: `data` is JSON text, the rest small objects serialized here, in that key order. */
  static page<T extends { data: unknown }>(data: string, rest: Omit<T, 'data'>): JsonBody<T> {
    const tail = JSON.stringify(rest);
    return new JsonBody(tail === '{}' ? `{"data":${data}}` : `{"data":${data},${tail.slice(1)}`);
  }
}

/** Sends a JsonBody as is, with the same Content-Type `res.json()` would set; anything else passes through. */
@Injectable()
export class JsonBodyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        if (!(body instanceof JsonBody)) return body;
        context.switchToHttp().getResponse<FastifyReply>().type('application/json; charset=utf-8');
        return body.text;
      }),
    );
  }
}
