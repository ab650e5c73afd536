import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.js';
import { ALLOW_PENDING_PASSWORD_KEY, PUBLIC_KEY } from '../access/decorators.js';
import { Clock } from '../clock.js';
import { APP_CONFIG, type AppConfig } from '../config.js';
import { requestContext } from '../context/request-context.js';
import { AppError, problems } from '../errors/problem.js';
import { AuthService } from './auth.service.js';
import { CSRF_HEADER, SESSION_COOKIE } from './auth.tokens.js';
import { clearSessionCookies, setSessionCookies } from './cookies.js';
import { safeEqual } from './crypto.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type AuthedRequest = FastifyRequest & { actor?: Actor; cookies?: Record<string, string | undefined> };

/**
 * Finds the caller: a bearer API token, or the session cookie (whose unsafe requests must carry the
 * CSRF header). No caller → 401, unless the route is public. A user who must change a reset
 * password reaches only the routes that allow it (403 otherwise).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const actor = await this.resolve(req, reply, isPublic);
    if (!actor) {
      if (isPublic) return true;
      throw problems.unauthenticated();
    }
    req.actor = actor;
    requestContext.setActor(actor);
    if (actor.mustChangePassword && !isPublic && !this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING_PASSWORD_KEY, targets)) {
      throw new AppError(403, 'auth.passwordChangeRequired');
    }
    return true;
  }

  private async resolve(req: AuthedRequest, reply: FastifyReply, isPublic: boolean): Promise<Actor | null> {
    const header = req.headers.authorization;
    if (typeof header === 'string' && /^bearer(\s|$)/i.test(header)) {
      const actor = await this.auth.actorFromApiToken(header.replace(/^bearer/i, '').trim());
      if (!actor && !isPublic) throw problems.unauthenticated('auth.invalidToken');
      return actor;
    }
    const token = req.cookies?.[SESSION_COOKIE];
    if (!token) return null;
    const found = await this.auth.actorFromSession(token);
    if (!found) {
      // the browser need not keep sending a cookie that will never work again
      clearSessionCookies(reply, this.config);
      if (isPublic) return null;
      throw problems.unauthenticated('auth.sessionExpired');
    }
    const { actor, session, renewedUntil } = found;
    // the session slid forward (it is stored already): the cookies live as long as it does
    if (renewedUntil) setSessionCookies(reply, this.config, token, this.auth.csrfTokenFor(session.id), renewedUntil, this.clock.now());
    if (!SAFE_METHODS.has(req.method) && !isPublic) {
      const sent = req.headers[CSRF_HEADER];
      const expected = this.auth.csrfTokenFor(session.id);
      if (typeof sent !== 'string' || !safeEqual(sent, expected)) throw new AppError(403, 'auth.csrf');
    }
    return actor;
  }
}
