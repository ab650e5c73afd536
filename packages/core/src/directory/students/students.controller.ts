import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { streamExport } from '../../platform/exports/export.js';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { pageRequest } from '../../platform/http/paging.js';
import { STUDENT_EXPORT_COLUMNS } from './student-export.js';
import { DIRECTORY_PII_READ, DIRECTORY_READ, DIRECTORY_STUDENTS_MANAGE } from '../permissions.js';
import {
  AddDifficultyDto,
  CreateStudentDto,
  EndDifficultyDto,
  ListStudentsQueryDto,
  StudentDetailDto,
  StudentPageDto,
  StudentRevealDto,
  UpdateStudentDto,
  ExportStudentsQueryDto,
} from './dto/student.dto.js';
import { StudentsService } from './students.service.js';

/** Students (学生): HTTP only; the rules live in StudentsService. */
@ApiTags('directory')
@ApiCookieAuth()
@Controller('directory/students')
export class StudentsController {
  constructor(private readonly students: StudentsService) {}

  @Get()
  @RequirePermission(DIRECTORY_READ)
  @ApiOkResponse({ type: StudentPageDto, description: 'Students in the caller’s scope; ID, registry and mobile numbers masked' })
  list(@CurrentActor() actor: Actor, @Query() query: ListStudentsQueryDto): Promise<StudentPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.students.list(actor, filters, pageRequest(query));
  }

  @Get('export')
  @RequirePermission(DIRECTORY_READ)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: 'The list with its current filters as .xlsx or .csv; personal numbers masked', schema: { type: 'string', format: 'binary' } })
  async export(@CurrentActor() actor: Actor, @Query() query: ExportStudentsQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const { page: _p, pageSize: _s, format, ...filters } = query;
    const rows = await this.students.pagesFor(actor, filters);
    const name = actor.locale === 'zh-CN' ? '学生名册' : 'students';
    return streamExport(reply, { format: format ?? 'xlsx', locale: actor.locale, fileName: `${name}-${this.students.today()}`, columns: STUDENT_EXPORT_COLUMNS, rows });
  }

  @Post()
  @RequirePermission(DIRECTORY_STUDENTS_MANAGE)
  @ApiCreatedResponse({ type: StudentDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateStudentDto): Promise<StudentDetailDto> {
    return this.students.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(DIRECTORY_READ)
  @ApiOkResponse({ type: StudentDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<StudentDetailDto> {
    return this.students.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(DIRECTORY_STUDENTS_MANAGE)
  @ApiOkResponse({ type: StudentDetailDto })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateStudentDto): Promise<StudentDetailDto> {
    return this.students.update(actor, id, body);
  }

  @Post(':id/difficulties')
  @RequirePermission(DIRECTORY_STUDENTS_MANAGE)
  @ApiCreatedResponse({ type: StudentDetailDto, description: 'A dated difficulty category with its source' })
  addDifficulty(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: AddDifficultyDto): Promise<StudentDetailDto> {
    return this.students.addDifficulty(actor, id, body);
  }

  @Post(':id/difficulties/:difficultyId/end')
  @HttpCode(200)
  @RequirePermission(DIRECTORY_STUDENTS_MANAGE)
  @ApiOkResponse({ type: StudentDetailDto })
  endDifficulty(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('difficultyId', new ParseUUIDPipe()) difficultyId: string,
    @Body() body: EndDifficultyDto,
  ): Promise<StudentDetailDto> {
    return this.students.endDifficulty(actor, id, difficultyId, body.endDate);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission(DIRECTORY_STUDENTS_MANAGE)
  @ApiOkResponse({ type: StudentDetailDto })
  archive(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<StudentDetailDto> {
    return this.students.setArchived(actor, id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission(DIRECTORY_STUDENTS_MANAGE)
  @ApiOkResponse({ type: StudentDetailDto })
  restore(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<StudentDetailDto> {
    return this.students.setArchived(actor, id, false);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(DIRECTORY_STUDENTS_MANAGE)
  @ApiNoContentResponse()
  async remove(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.students.remove(actor, id);
  }

  @Post(':id/reveal')
  @HttpCode(200)
  @RequirePermission(DIRECTORY_PII_READ)
  @ApiOkResponse({ type: StudentRevealDto, description: 'The unmasked numbers of this one student; the view is recorded in the audit log' })
  reveal(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<StudentRevealDto> {
    return this.students.reveal(actor, id);
  }
}
