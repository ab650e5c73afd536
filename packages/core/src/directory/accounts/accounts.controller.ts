import { Body, Controller, HttpCode, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { attachmentDisposition } from '../../platform/files/rules/names.js';
import { DIRECTORY_ACCOUNTS_MANAGE } from '../permissions.js';
import { CreateTeacherAccountsDto } from '../teachers/dto/teacher.dto.js';
import { TeacherAccountsService } from './accounts.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Teacher accounts in bulk: answers the .xlsx of usernames and one-time passwords for the school. */
@ApiTags('directory')
@ApiCookieAuth()
@Controller('directory/teachers/accounts')
export class TeacherAccountsController {
  constructor(private readonly accounts: TeacherAccountsService) {}

  @Post()
  @HttpCode(200)
  @RequirePermission(DIRECTORY_ACCOUNTS_MANAGE)
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: 'An .xlsx with each new username and one-time password (and a sheet of the teachers skipped). Headers X-Accounts-Created and X-Accounts-Skipped give the counts.',
    schema: { type: 'string', format: 'binary' },
  })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateTeacherAccountsDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const result = await this.accounts.create(actor, body.teacherIds, body.usernameRule);
    const file = await this.accounts.workbook(result, actor.locale);
    const name = actor.locale === 'zh-CN' ? '教师账号开通清单.xlsx' : 'teacher-accounts.xlsx';
    reply
      .header('x-accounts-created', String(result.created.length))
      .header('x-accounts-skipped', String(result.skipped.length))
      .header('access-control-expose-headers', 'x-accounts-created, x-accounts-skipped')
      .header('cache-control', 'no-store');
    return new StreamableFile(file, { type: XLSX, disposition: attachmentDisposition(name), length: file.length });
  }
}
