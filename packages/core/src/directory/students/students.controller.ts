import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { pageRequest } from '../../platform/http/paging.js';
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
