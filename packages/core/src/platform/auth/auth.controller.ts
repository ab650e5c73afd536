import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.js';
import { AllowPendingPasswordChange, CurrentActor, Public, RequirePermission } from '../access/decorators.js';
import { APP_CONFIG, type AppConfig } from '../config.js';
import { ApiToken } from './api-token.entity.js';
import { ApiTokenDto, ChangePasswordDto, CreateApiTokenDto, CreatedApiTokenDto, LoginDto, MeDto, ResetPasswordResultDto, UpdateMeDto } from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { CSRF_COOKIE, SESSION_COOKIE } from './auth.tokens.js';
import { UsersService } from './users.service.js';

function tokenDto(row: ApiToken): ApiTokenDto {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

@ApiTags('auth')
@ApiCookieAuth()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private meDto(actor: Actor): MeDto {
    return {
      user: { id: actor.userId, username: actor.username, displayName: actor.displayName, locale: actor.locale, mustChangePassword: actor.mustChangePassword },
      assignments: actor.assignments.map((a) => ({ id: a.id, role: a.role, scopeKind: a.scopeKind, regionId: a.regionId, organisationId: a.organisationId, path: a.path })),
      permissions: [...actor.permissions].sort(),
      csrfToken: actor.sessionId ? this.auth.csrfTokenFor(actor.sessionId) : null,
    };
  }

  private cookieOptions(maxAgeSeconds: number, httpOnly: boolean) {
    return { path: '/', httpOnly, sameSite: 'lax' as const, secure: this.config.auth.secureCookies, maxAge: maxAgeSeconds };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto })
  async login(@Body() body: LoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeDto> {
    const ua = req.headers['user-agent'];
    const result = await this.auth.login(body.username, body.password, { ip: req.ip ?? null, userAgent: typeof ua === 'string' ? ua : null });
    const actor = await this.auth.buildActor(result.user, 'session', result.session.id);
    const maxAge = this.config.auth.sessionTtlHours * 3600;
    void reply.setCookie(SESSION_COOKIE, result.sessionToken, this.cookieOptions(maxAge, true));
    void reply.setCookie(CSRF_COOKIE, this.auth.csrfTokenFor(result.session.id), this.cookieOptions(maxAge, false));
    return this.meDto(actor);
  }

  @AllowPendingPasswordChange()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    if (actor.sessionId) await this.auth.logout(actor.sessionId);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    void reply.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  @AllowPendingPasswordChange()
  @Get('me')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): MeDto {
    return this.meDto(actor);
  }

  @AllowPendingPasswordChange()
  @Patch('me')
  @ApiOkResponse({ type: MeDto })
  async updateMe(@CurrentActor() actor: Actor, @Body() body: UpdateMeDto): Promise<MeDto> {
    await this.auth.setLocale(actor, body.locale as string, body.displayName);
    return this.meDto({ ...actor, locale: body.locale ?? actor.locale, displayName: body.displayName?.trim() ?? actor.displayName });
  }

  @AllowPendingPasswordChange()
  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password changed; other sessions of the user are signed out' })
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }

  @Get('tokens')
  @ApiOkResponse({ type: [ApiTokenDto] })
  async tokens(@CurrentActor() actor: Actor): Promise<ApiTokenDto[]> {
    return (await this.auth.listApiTokens(actor)).map(tokenDto);
  }

  @Post('tokens')
  @ApiOkResponse({ type: CreatedApiTokenDto })
  async createToken(@CurrentActor() actor: Actor, @Body() body: CreateApiTokenDto): Promise<CreatedApiTokenDto> {
    const { token, row } = await this.auth.createApiToken(actor, body.name, body.expiresInDays ?? null);
    return { ...tokenDto(row), token };
  }

  @Delete('tokens/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  async revokeToken(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.auth.revokeApiToken(actor, id);
  }
}

@ApiTags('users')
@ApiCookieAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post(':id/reset-password')
  @RequirePermission('platform.users.manage')
  @HttpCode(200)
  @ApiOkResponse({ type: ResetPasswordResultDto })
  async resetPassword(@Param('id', new ParseUUIDPipe()) id: string): Promise<ResetPasswordResultDto> {
    const { password } = await this.users.resetPassword(id);
    return { temporaryPassword: password };
  }
}
