import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.js';
import { AllowPendingPasswordChange, CurrentActor, Public } from '../access/decorators.js';
import { Clock } from '../clock.js';
import { APP_CONFIG, type AppConfig } from '../config.js';
import { AppError } from '../errors/problem.js';
import { ApiToken } from './api-token.entity.js';
import { ApiTokenDto, ChangePasswordDto, CreateApiTokenDto, CreatedApiTokenDto, LoginDto, MeDto, UpdateMeDto } from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { clearSessionCookies, setSessionCookies } from './cookies.js';

/** Runs `fn`; a 429 it throws also tells the client when to come back (Retry-After). */
async function withRetryAfter<T>(reply: FastifyReply, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AppError && err.status === 429 && typeof err.extra.retryAfterSeconds === 'number') {
      void reply.header('retry-after', String(err.extra.retryAfterSeconds));
    }
    throw err;
  }
}

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
    private readonly clock: Clock,
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

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto })
  async login(@Body() body: LoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeDto> {
    const ua = req.headers['user-agent'];
    const result = await withRetryAfter(reply, () => this.auth.login(body.username, body.password, { ip: req.ip ?? null, userAgent: typeof ua === 'string' ? ua : null }));
    const actor = await this.auth.buildActor(result.user, 'session', result.session.id);
    setSessionCookies(reply, this.config, result.sessionToken, this.auth.csrfTokenFor(result.session.id), result.session.expiresAt, this.clock.now());
    return this.meDto(actor);
  }

  @AllowPendingPasswordChange()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    if (actor.sessionId) await this.auth.logout(actor.sessionId);
    clearSessionCookies(reply, this.config);
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
    const user = await this.auth.updateProfile(actor, {
      ...(body.locale !== undefined ? { locale: body.locale } : {}),
      ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
    });
    return this.meDto({ ...actor, locale: user.locale, displayName: user.displayName });
  }

  @AllowPendingPasswordChange()
  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password changed; other sessions of the user are signed out' })
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await withRetryAfter(reply, () => this.auth.changePassword(actor, body.currentPassword, body.newPassword));
  }

  @Get('tokens')
  @ApiOkResponse({ type: [ApiTokenDto] })
  async tokens(@CurrentActor() actor: Actor): Promise<ApiTokenDto[]> {
    return (await this.auth.listApiTokens(actor)).map(tokenDto);
  }

  @Post('tokens')
  @ApiCreatedResponse({ type: CreatedApiTokenDto, description: 'The token is in the answer once; only its hash is kept' })
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
