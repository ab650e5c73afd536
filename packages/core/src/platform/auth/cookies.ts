import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../config.js';
import { CSRF_COOKIE, SESSION_COOKIE } from './auth.tokens.js';

function cookieOptions(config: AppConfig, maxAgeSeconds: number | undefined, httpOnly: boolean) {
  return {
    path: '/',
    httpOnly,
    sameSite: 'lax' as const,
    secure: config.auth.secureCookies,
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

/**
 * Sets the session cookie (httpOnly: scripts never see it) and the CSRF cookie (readable, so the
 * admin can copy it into the X-CSRF-Token header), both SameSite=Lax and living as long as the
 * session does.
 */
export function setSessionCookies(reply: FastifyReply, config: AppConfig, sessionToken: string, csrfToken: string, expiresAt: Date, now: Date): void {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  void reply.setCookie(SESSION_COOKIE, sessionToken, cookieOptions(config, maxAge, true));
  void reply.setCookie(CSRF_COOKIE, csrfToken, cookieOptions(config, maxAge, false));
}

export function clearSessionCookies(reply: FastifyReply, config: AppConfig): void {
  void reply.clearCookie(SESSION_COOKIE, cookieOptions(config, undefined, true));
  void reply.clearCookie(CSRF_COOKIE, cookieOptions(config, undefined, false));
}
