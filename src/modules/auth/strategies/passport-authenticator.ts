import { Injectable } from '@nestjs/common';
import passport from 'passport';
import type { Strategy } from 'passport';

/** What running strategies came to: a user, every strategy's failure (with its challenge), or a redirect. */
export type PassportOutcome<User> =
  | { kind: 'success'; user: User; info?: unknown }
  | { kind: 'failed'; challenges: unknown[] }
  | { kind: 'redirect'; location: string; status: number };

/**
 * This application's own Passport: strategies register here rather than in passport's process-wide singleton, so two
 * applications in one process (tests, the CLI beside a server) never run each other's strategies.
 */
@Injectable()
export class PassportAuthenticator {
  private readonly passport = new passport.Authenticator();

  register(name: string, strategy: Strategy): void {
    this.passport.use(name, strategy);
  }

  /**
   * Runs the named strategies in order, as passport does: the first success wins, a failure moves on to the next,
   * an error (a thrown AppError) ends it at once and rejects with that error.
   */
  authenticate<User>(
    names: readonly string[],
    request: object,
    options: Record<string, unknown> = {},
  ): Promise<PassportOutcome<User>> {
    return new Promise((resolve, reject) => {
      // Only a redirecting strategy (OpenID Connect) touches the response; this records where it sends the browser.
      const response = {
        statusCode: 302,
        headers: {} as Record<string, string>,
        setHeader(name: string, value: string) {
          this.headers[name.toLowerCase()] = value;
        },
        end() {
          resolve({ kind: 'redirect', location: this.headers.location, status: this.statusCode });
        },
      };
      const middleware = this.passport.authenticate([...names], { session: false, ...options }, ((
        error: unknown,
        user: User | false,
        info: unknown,
      ) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        if (user) return resolve({ kind: 'success', user, info });
        resolve({ kind: 'failed', challenges: Array.isArray(info) ? info : [info] });
      }) as never);
      // A strategy's pass() continues the chain: nothing authenticated, nothing failed.
      (middleware as (req: unknown, res: unknown, next: (error?: unknown) => void) => void)(
        request,
        response,
        (error?: unknown) => (error ? reject(error) : resolve({ kind: 'failed', challenges: [] })),
      );
    });
  }
}
