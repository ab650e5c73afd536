import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { streamExport } from '../../platform/exports/export.js';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { pageRequest } from '../../platform/http/paging.js';
import { TEACHER_EXPORT_COLUMNS } from './teacher-export.js';
import { DIRECTORY_PII_READ, DIRECTORY_READ, DIRECTORY_TEACHERS_MANAGE } from '../permissions.js';
import {
  AddAssignmentDto,
  CreateTeacherDto,
  EndAssignmentDto,
  ListTeachersQueryDto,
  MoveTeacherDto,
  TeacherDetailDto,
  TeacherPageDto,
  TeacherRevealDto,
  UpdateTeacherDto,
  ExportTeachersQueryDto,
} from './dto/teacher.dto.js';
import { TeachersService } from './teachers.service.js';

/** Teachers (教师): HTTP only; the rules live in TeachersService. */
@ApiTags('directory')
@ApiCookieAuth()
@Controller('directory/teachers')
export class TeachersController {
  constructor(private readonly teachers: TeachersService) {}

  @Get()
  @RequirePermission(DIRECTORY_READ)
  @ApiOkResponse({ type: TeacherPageDto, description: 'Teachers in the caller’s scope; ID and mobile numbers masked' })
  list(@CurrentActor() actor: Actor, @Query() query: ListTeachersQueryDto): Promise<TeacherPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.teachers.list(actor, filters, pageRequest(query));
  }

  @Get('export')
  @RequirePermission(DIRECTORY_READ)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: 'The list with its current filters as .xlsx or .csv; personal numbers masked', schema: { type: 'string', format: 'binary' } })
  async export(@CurrentActor() actor: Actor, @Query() query: ExportTeachersQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const { page: _p, pageSize: _s, format, ...filters } = query;
    const rows = await this.teachers.pagesFor(actor, filters);
    const name = actor.locale === 'zh-CN' ? '教师名册' : 'teachers';
    return streamExport(reply, { format: format ?? 'xlsx', locale: actor.locale, fileName: `${name}-${this.teachers.today()}`, columns: TEACHER_EXPORT_COLUMNS, rows });
  }

  @Post()
  @RequirePermission(DIRECTORY_TEACHERS_MANAGE)
  @ApiCreatedResponse({ type: TeacherDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateTeacherDto): Promise<TeacherDetailDto> {
    return this.teachers.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(DIRECTORY_READ)
  @ApiOkResponse({ type: TeacherDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<TeacherDetailDto> {
    return this.teachers.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(DIRECTORY_TEACHERS_MANAGE)
  @ApiOkResponse({ type: TeacherDetailDto })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateTeacherDto): Promise<TeacherDetailDto> {
    return this.teachers.update(actor, id, body);
  }

  @Post(':id/move')
  @HttpCode(200)
  @RequirePermission(DIRECTORY_TEACHERS_MANAGE)
  @ApiOkResponse({ type: TeacherDetailDto, description: 'Transfer to another employing school; the assignment history is kept' })
  move(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: MoveTeacherDto): Promise<TeacherDetailDto> {
    return this.teachers.move(actor, id, body);
  }

  @Post(':id/assignments')
  @RequirePermission(DIRECTORY_TEACHERS_MANAGE)
  @ApiCreatedResponse({ type: TeacherDetailDto, description: 'A rotation, itinerant teaching or teaching stint' })
  addAssignment(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: AddAssignmentDto): Promise<TeacherDetailDto> {
    return this.teachers.addAssignment(actor, id, body);
  }

  @Post(':id/assignments/:assignmentId/end')
  @HttpCode(200)
  @RequirePermission(DIRECTORY_TEACHERS_MANAGE)
  @ApiOkResponse({ type: TeacherDetailDto })
  endAssignment(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('assignmentId', new ParseUUIDPipe()) assignmentId: string,
    @Body() body: EndAssignmentDto,
  ): Promise<TeacherDetailDto> {
    return this.teachers.endAssignment(actor, id, assignmentId, body.endDate);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission(DIRECTORY_TEACHERS_MANAGE)
  @ApiOkResponse({ type: TeacherDetailDto })
  archive(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<TeacherDetailDto> {
    return this.teachers.setArchived(actor, id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission(DIRECTORY_TEACHERS_MANAGE)
  @ApiOkResponse({ type: TeacherDetailDto })
  restore(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<TeacherDetailDto> {
    return this.teachers.setArchived(actor, id, false);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(DIRECTORY_TEACHERS_MANAGE)
  @ApiNoContentResponse({ description: 'Refused (409) while the teacher has an account' })
  async remove(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.teachers.remove(actor, id);
  }

  @Post(':id/reveal')
  @HttpCode(200)
  @RequirePermission(DIRECTORY_PII_READ)
  @ApiOkResponse({ type: TeacherRevealDto, description: 'The unmasked numbers of this one teacher; the view is recorded in the audit log' })
  reveal(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<TeacherRevealDto> {
    return this.teachers.reveal(actor, id);
  }
}
