import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SUBJECTS, type Subject } from '../../../directory/rules/vocab.js';
import { PageQueryDto } from '../../../platform/http/paging.js';
import { ENROLMENT_SOURCES, ENROLMENT_STATUSES, SESSION_STATUSES, type EnrolmentSource, type EnrolmentStatus, type SessionStatus } from '../../rules/vocab.js';

/** The most teachers one request enrols (a school's whole staff fits). */
export const MAX_BATCH = 200;

export class EnrolTeachersDto {
  @ApiProperty({ type: [String], format: 'uuid', description: `Teachers of schools in the caller’s scope, 1 to ${MAX_BATCH}; each gets its own result` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH)
  @IsUUID('all', { each: true })
  teacherIds!: string[];
}

export class RejectEnrolmentDto {
  @ApiProperty({ description: 'Why the request is not approved; the teacher is told', maxLength: 500 })
  @IsString()
  @MaxLength(500)
  reason!: string;
}

export class WithdrawEnrolmentDto {
  @ApiPropertyOptional({ description: 'Why; required when a coordinator withdraws a teacher after the withdrawal deadline', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ListEnrolmentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ENROLMENT_STATUSES }) @IsOptional() @IsIn(ENROLMENT_STATUSES) status?: EnrolmentStatus;
  @ApiPropertyOptional({ format: 'uuid', description: 'The teachers’ school' }) @IsOptional() @IsUUID() schoolId?: string;
  @ApiPropertyOptional({ description: 'Teacher name by characters, full pinyin or initials' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class ClashDto {
  @ApiProperty({ enum: ['expert', 'venue', 'teacher'] }) resource!: string;
  @ApiProperty({ format: 'uuid' }) resourceId!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ enum: ['am', 'pm'] }) half!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) otherSessionId!: string;
  @ApiProperty() otherTitle!: string;
}

export const RESULT_STATUSES = ['enrolled', 'waitlisted', 'pending', 'refused'] as const;
export type EnrolmentResultStatus = (typeof RESULT_STATUSES)[number];

/** What happened to one teacher of a request. */
export class EnrolmentResultDto {
  @ApiProperty({ format: 'uuid' }) teacherId!: string;
  @ApiProperty() teacherName!: string;
  @ApiProperty({ enum: RESULT_STATUSES, description: 'enrolled: holds a seat; waitlisted: waits by number; pending: awaits the school’s approval; refused: nothing written' })
  status!: EnrolmentResultStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) enrolmentId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'The waitlist number, given in the same transaction that found the session full' }) waitlistSeq?: number | null;
  @ApiPropertyOptional({ description: 'Why refused: training.eligibility.*, training.conflict, training.enrolment.exists, training.enrolment.teacherInactive' }) code?: string;
  @ApiPropertyOptional({ description: 'Every reason code when several apply (eligibility)', type: [String] }) reasons?: string[];
  @ApiPropertyOptional({ description: 'The refusal in the caller’s language' }) message?: string;
  @ApiPropertyOptional({ type: [ClashDto], description: 'With training.conflict: the other session’s bookings' }) clashes?: ClashDto[];
}

export class EnrolBatchCountsDto {
  @ApiProperty() enrolled!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty() refused!: number;
}

export class EnrolBatchResultDto {
  @ApiProperty({ type: [EnrolmentResultDto], description: 'In the order of the request' }) results!: EnrolmentResultDto[];
  @ApiProperty({ type: EnrolBatchCountsDto }) counts!: EnrolBatchCountsDto;
}

/** An enrolment as the session's list shows it. */
export class EnrolmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ format: 'uuid' }) teacherId!: string;
  @ApiProperty() teacherName!: string;
  @ApiProperty({ format: 'uuid' }) schoolId!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty({ enum: SUBJECTS, isArray: true }) subjects!: Subject[];
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status!: EnrolmentStatus;
  @ApiProperty({ enum: ENROLMENT_SOURCES }) source!: EnrolmentSource;
  @ApiProperty({ nullable: true, type: Number, description: 'The waitlist number given (kept as history after promotion or withdrawal)' }) waitlistSeq!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'While waitlisted: the place in the queue now (1 = next)' }) waitlistPosition!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'Who asked (user id)' }) requestedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) requestedByName!: string | null;
  @ApiProperty({ description: 'When the enrolment was asked for (ISO instant)' }) requestedAt!: string;
  @ApiProperty({ nullable: true, type: String }) decidedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedByName!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Rejection or withdrawal reason' }) reason!: string | null;
  @ApiProperty({ type: [String], description: 'While waitlisted: why the last promotion passed this teacher over (codes)' }) skipReasons!: string[];
  @ApiProperty({ nullable: true, type: String, description: 'skipReasons in the caller’s language' }) skipMessage!: string | null;
  @ApiProperty({ nullable: true, type: String }) enrolledAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) withdrawnAt!: string | null;
}

export class EnrolmentCountsDto {
  @ApiProperty() pending!: number;
  @ApiProperty() enrolled!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty() withdrawn!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty() cancelled!: number;
}

export class EnrolmentPageDto {
  @ApiProperty({ type: [EnrolmentDto], description: 'Enrolled by pinyin, then the waitlist by number, then pending, then the rest' }) items!: EnrolmentDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: EnrolmentCountsDto, description: 'Rows per status the caller sees, with the school and name filters but not the status filter' }) counts!: EnrolmentCountsDto;
  @ApiProperty() capacity!: number;
  @ApiProperty() seatsTaken!: number;
}

export class WithdrawResultDto {
  @ApiProperty({ type: EnrolmentDto }) enrolment!: EnrolmentDto;
  @ApiProperty({ description: 'Waitlisted teachers promoted to the freed seat (0 or 1)' }) promoted!: number;
}

export class MySessionDto {
  @ApiProperty({ format: 'uuid' }) enrolmentId!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ format: 'uuid' }) venueId!: string;
  @ApiProperty() venueName!: string;
  @ApiProperty({ enum: SESSION_STATUSES, description: 'As of today (a published session is running on its days)' }) sessionStatus!: SessionStatus;
  @ApiProperty() creditHours!: number;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status!: EnrolmentStatus;
  @ApiProperty({ enum: ENROLMENT_SOURCES }) source!: EnrolmentSource;
  @ApiProperty({ nullable: true, type: Number }) waitlistSeq!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'While waitlisted: the place in the queue now (1 = next)' }) waitlistPosition!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) withdrawUntil!: string | null;
  @ApiProperty({ description: 'Completed: the session’s hours are handed to the credits (an award not reversed)' }) creditAwarded!: boolean;
  @ApiProperty({ description: 'The teacher may withdraw now (an active enrolment, deadline not passed)' }) canWithdraw!: boolean;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
}

export class MySessionPageDto {
  @ApiProperty({ type: [MySessionDto], description: 'Latest sessions first' }) items!: MySessionDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class OpenSessionDto {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() programmeName!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ format: 'uuid' }) venueId!: string;
  @ApiProperty() venueName!: string;
  @ApiProperty() creditHours!: number;
  @ApiProperty() capacity!: number;
  @ApiProperty() seatsTaken!: number;
  @ApiProperty({ description: 'Seats free now; 0 means a new enrolment goes on the waitlist' }) seatsLeft!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty({ description: 'Enrolling oneself waits for the school’s approval' }) approvalRequired!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) enrolClosesOn!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) withdrawUntil!: string | null;
  @ApiProperty({ enum: ENROLMENT_STATUSES, nullable: true, description: 'The caller’s own enrolment in it, if any' }) myStatus!: EnrolmentStatus | null;
}

export class OpenSessionPageDto {
  @ApiProperty({ type: [OpenSessionDto], description: 'Soonest first' }) items!: OpenSessionDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
