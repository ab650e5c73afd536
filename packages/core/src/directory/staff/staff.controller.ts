import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { streamExport } from '../../platform/exports/export.js';
import { pageRequest } from '../../platform/http/paging.js';
import { DIRECTORY_PII_READ, DIRECTORY_READ, DIRECTORY_STAFF_MANAGE } from '../permissions.js';
import {
  CreateStaffMemberDto,
  ExportStaffQueryDto,
  LinkStaffUserDto,
  ListStaffQueryDto,
  StaffMemberDto,
  StaffPageDto,
  StaffRevealDto,
  UpdateStaffMemberDto,
} from './dto/staff-member.dto.js';
import { STAFF_EXPORT_COLUMNS } from './staff-export.js';
import { StaffService } from './staff.service.js';

/** Staff members (职工): HTTP only; the rules live in StaffService. */
@ApiTags('directory')
@ApiCookieAuth()
@Controller('directory/staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @RequirePermission(DIRECTORY_READ)
  @ApiOkResponse({ type: StaffPageDto, description: 'Staff members in the caller’s scope; mobiles masked' })
  list(@CurrentActor() actor: Actor, @Query() query: ListStaffQueryDto): Promise<StaffPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.staff.list(actor, filters, pageRequest(query));
  }

  @Get('export')
  @RequirePermission(DIRECTORY_READ)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: 'The list with its current filters as .xlsx or .csv; mobiles masked', schema: { type: 'string', format: 'binary' } })
  export(@CurrentActor() actor: Actor, @Query() query: ExportStaffQueryDto, @Res({ passthrough: true }) reply: FastifyReply): StreamableFile {
    const { page: _p, pageSize: _s, format, ...filters } = query;
    const rows = this.staff.pagesFor(actor, filters);
    const name = actor.locale === 'zh-CN' ? '职工名册' : 'staff';
    return streamExport(reply, {
      format: format ?? 'xlsx',
      locale: actor.locale,
      fileName: `${name}-${this.staff.today()}`,
      columns: STAFF_EXPORT_COLUMNS,
      rows,
    });
  }

  @Post()
  @RequirePermission(DIRECTORY_STAFF_MANAGE)
  @ApiCreatedResponse({ type: StaffMemberDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateStaffMemberDto): Promise<StaffMemberDto> {
    return this.staff.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(DIRECTORY_READ)
  @ApiOkResponse({ type: StaffMemberDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<StaffMemberDto> {
    return this.staff.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(DIRECTORY_STAFF_MANAGE)
  @ApiOkResponse({ type: StaffMemberDto })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateStaffMemberDto): Promise<StaffMemberDto> {
    return this.staff.update(actor, id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission(DIRECTORY_STAFF_MANAGE)
  @ApiOkResponse({ type: StaffMemberDto })
  archive(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<StaffMemberDto> {
    return this.staff.setArchived(actor, id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission(DIRECTORY_STAFF_MANAGE)
  @ApiOkResponse({ type: StaffMemberDto })
  restore(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<StaffMemberDto> {
    return this.staff.setArchived(actor, id, false);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(DIRECTORY_STAFF_MANAGE)
  @ApiNoContentResponse({ description: 'Refused (409) while the record is linked to an account' })
  async remove(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.staff.remove(actor, id);
  }

  @Post(':id/reveal')
  @HttpCode(200)
  @RequirePermission(DIRECTORY_PII_READ)
  @ApiOkResponse({ type: StaffRevealDto, description: 'The unmasked mobile of this one staff member; the view is recorded in the audit log' })
  reveal(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<StaffRevealDto> {
    return this.staff.reveal(actor, id);
  }

  @Put(':id/user')
  @RequirePermission(DIRECTORY_STAFF_MANAGE)
  @ApiOkResponse({ type: StaffMemberDto, description: 'Links an existing account; 409 when it is linked to a teacher or another staff record' })
  linkUser(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: LinkStaffUserDto): Promise<StaffMemberDto> {
    return this.staff.linkUser(actor, id, body.userId);
  }

  @Delete(':id/user')
  @RequirePermission(DIRECTORY_STAFF_MANAGE)
  @ApiOkResponse({ type: StaffMemberDto, description: 'Unlinks the account; the account itself stays' })
  unlinkUser(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<StaffMemberDto> {
    return this.staff.unlinkUser(actor, id);
  }
}
