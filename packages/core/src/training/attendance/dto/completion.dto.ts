import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../platform/http/paging.js';
import { CREDIT_HANDOFF_KINDS, SESSION_STATUSES, type CreditHandOffKind, type SessionStatus } from '../../rules/vocab.js';
import { TeacherCompletionDto } from './attendance.dto.js';

export class CompletionCountsDto {
  @ApiProperty({ description: 'Enrolled teachers, walk-ins included' }) teachers!: number;
  @ApiProperty() completed!: number;
  @ApiProperty({ description: 'Teachers with an award standing in the outbox' }) creditAwarded!: number;
}

/** Each enrolled teacher's completion of a session. */
export class SessionCompletionDto {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ enum: SESSION_STATUSES, description: 'As shown today (a published session is running on its days)' }) status!: SessionStatus;
  @ApiProperty({ description: 'Participant slots' }) slotCount!: number;
  @ApiProperty({ description: 'Percent of participant slots to attend' }) completionThreshold!: number;
  @ApiProperty() requiredSlots!: number;
  @ApiProperty({ description: '学时 handed to credits on completion' }) creditHours!: number;
  @ApiProperty({ type: [TeacherCompletionDto], description: 'By school, then name in pinyin order' }) items!: TeacherCompletionDto[];
  @ApiProperty({ type: CompletionCountsDto }) counts!: CompletionCountsDto;
}

export class HandOffCountsDto {
  @ApiProperty() awards!: number;
  @ApiProperty() reversals!: number;
}

/** A completion or recompute: the completion after it, and what it wrote to the credit outbox. */
export class CompletionRunDto extends SessionCompletionDto {
  @ApiProperty({ type: HandOffCountsDto, description: 'Outbox rows this run wrote (0 and 0 when nothing changed)' }) handedOff!: HandOffCountsDto;
}

export class CreditOutboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() sessionId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() teacherId?: string;
  @ApiPropertyOptional({ enum: CREDIT_HANDOFF_KINDS }) @IsOptional() @IsIn(CREDIT_HANDOFF_KINDS) kind?: CreditHandOffKind;
}

export class CreditOutboxRowDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CREDIT_HANDOFF_KINDS }) kind!: CreditHandOffKind;
  @ApiProperty({ description: '学时: positive for an award, negative for a reversal' }) hours!: number;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() sessionTitle!: string;
  @ApiProperty({ format: 'uuid' }) teacherId!: string;
  @ApiProperty() teacherName!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty({ format: 'uuid' }) enrolmentId!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The award a reversal reverses' }) reversesId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the credits module took it' }) consumedAt!: string | null;
}

export class CreditOutboxPageDto {
  @ApiProperty({ type: [CreditOutboxRowDto], description: 'Newest first' }) items!: CreditOutboxRowDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
