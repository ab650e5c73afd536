import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { SUBJECTS, type Subject } from '../../../directory/rules/vocab.js';
import { CHECK_IN_WINDOW_SECONDS } from '../../rules/check-in-code.js';
import { ATTENDANCE_MARKS, ATTENDANCE_SOURCES, HALF_DAYS, type AttendanceMark, type AttendanceSource, type HalfDay } from '../../rules/vocab.js';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** What the trainer's check-in screen shows: the code, the QR's URL, and when to fetch the next. */
export class CheckInCodeDto {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ format: 'uuid' }) slotId!: string;
  @ApiProperty({ example: '2026-12-07.am', description: 'The slot as the check-in URL names it' }) slotKey!: string;
  @ApiProperty({ example: '042917', description: '6 digits; the previous window’s code is still accepted' }) code!: string;
  @ApiProperty({ description: 'The QR payload: the teacher’s check-in page with session, slot and code; absolute when the request named its origin, else relative (/check-in?…)' }) url!: string;
  @ApiProperty({ example: CHECK_IN_WINDOW_SECONDS }) windowSeconds!: number;
  @ApiProperty({ format: 'date-time', description: 'When the code changes: fetch the next one then' }) rotatesAt!: string;
}

/** A teacher's check-in: the session, the slot (its key from the QR, or its id) and the code. */
export class CheckInDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() sessionId!: string;
  @ApiPropertyOptional({ example: '2026-12-07.am', description: 'The slot key from the QR (YYYY-MM-DD.am|pm); or give slotId' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}\.(am|pm)$/)
  slot?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The slot’s id; or give slot' }) @IsOptional() @IsUUID() slotId?: string;
  @ApiProperty({ example: '042917' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(20) code!: string;
}

export class CheckInResultDto {
  @ApiProperty({ format: 'uuid' }) attendanceId!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() sessionTitle!: string;
  @ApiProperty({ format: 'uuid' }) slotId!: string;
  @ApiProperty({ example: '2026-12-07.am' }) slotKey!: string;
  @ApiProperty({ enum: ['present', 'late'], description: `Late when recorded more than the grace after the slot starts` }) mark!: AttendanceMark;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ example: '08:35', description: 'The local time (deployment time zone) it was recorded' }) recordedTime!: string;
}

/** One teacher of a slot's attendance sheet; no record yet: mark, source and recordedAt are null. */
export class AttendanceRowDto {
  @ApiProperty({ format: 'uuid' }) teacherId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) schoolId!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty({ format: 'uuid' }) enrolmentId!: string;
  @ApiProperty({ description: 'Joined on the day (现场加入), added by the trainer' }) walkIn!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) attendanceId!: string | null;
  @ApiProperty({ enum: ATTENDANCE_MARKS, nullable: true }) mark!: AttendanceMark | null;
  @ApiProperty({ enum: ATTENDANCE_SOURCES, nullable: true }) source!: AttendanceSource | null;
  @ApiProperty({ nullable: true, type: String, description: 'The coordinator’s reason for a mark or correction' }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) recordedAt!: string | null;
  @ApiProperty({ description: 'Confirmed by the trainer, or entered by a coordinator' }) confirmed!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) confirmedAt!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Send it back to correct the mark' }) version!: number | null;
}

export class AttendanceCountsDto {
  @ApiProperty({ description: 'Teachers on the sheet (enrolled, walk-ins included)' }) teachers!: number;
  @ApiProperty() walkIns!: number;
  @ApiProperty() present!: number;
  @ApiProperty() late!: number;
  @ApiProperty() absent!: number;
  @ApiProperty() excused!: number;
  @ApiProperty({ description: 'No record yet' }) unmarked!: number;
  @ApiProperty() confirmed!: number;
}

export class SlotAttendanceDto {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ format: 'uuid' }) slotId!: string;
  @ApiProperty({ example: '2026-12-07.am' }) slotKey!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ enum: HALF_DAYS }) half!: HalfDay;
  @ApiProperty({ example: '08:30' }) startsAt!: string;
  @ApiProperty({ example: '12:00' }) endsAt!: string;
  @ApiProperty({ type: [AttendanceRowDto], description: 'By school, then name in pinyin order' }) items!: AttendanceRowDto[];
  @ApiProperty({ type: AttendanceCountsDto }) counts!: AttendanceCountsDto;
}

/** The trainer confirms the slot's records; teachers named here without a record are marked present (seen by the trainer). */
export class ConfirmAttendanceDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Teachers to confirm (and mark present when they have no record); omitted: every recorded mark of the slot' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  teacherIds?: string[];
}

/** A teacher of the directory joining on the day. */
export class WalkInDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() teacherId!: string;
  @ApiProperty({ format: 'uuid', description: 'The participant slot they joined (present there)' }) @IsUUID() slotId!: string;
}

/** A coordinator's mark or correction; the reason is required. */
export class MarkAttendanceDto {
  @ApiProperty({ enum: ATTENDANCE_MARKS }) @IsIn(ATTENDANCE_MARKS) mark!: AttendanceMark;
  @ApiProperty({ example: '病假，已提交请假条' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
  @ApiPropertyOptional({ description: 'The version of the record being corrected (required when one exists)' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version?: number;
}

export class TeacherCompletionDto {
  @ApiProperty({ format: 'uuid' }) teacherId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) schoolId!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty({ format: 'uuid' }) enrolmentId!: string;
  @ApiProperty() walkIn!: boolean;
  @ApiProperty({ description: 'Participant slots present or late' }) attended!: number;
  @ApiProperty() excused!: number;
  @ApiProperty() absent!: number;
  @ApiProperty() slotCount!: number;
  @ApiProperty({ description: 'The fewest attended slots that complete' }) requiredSlots!: number;
  @ApiProperty() completed!: boolean;
  @ApiProperty({ description: 'An award is in the credit outbox and not reversed' }) creditAwarded!: boolean;
}

export class MarkResultDto {
  @ApiProperty({ type: AttendanceRowDto }) attendance!: AttendanceRowDto;
  @ApiProperty({ type: TeacherCompletionDto, nullable: true, description: 'On a completed session: the teacher’s completion, recomputed with the correction' })
  completion!: TeacherCompletionDto | null;
}

export class SignInRowDto {
  @ApiProperty({ description: '序号' }) no!: number;
  @ApiProperty({ format: 'uuid' }) teacherId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty({ enum: SUBJECTS, isArray: true }) subjects!: Subject[];
  @ApiProperty() walkIn!: boolean;
}

export class SignInSlotDto {
  @ApiProperty({ format: 'uuid' }) slotId!: string;
  @ApiProperty({ example: '2026-12-07.am' }) slotKey!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ enum: HALF_DAYS }) half!: HalfDay;
  @ApiProperty({ example: '08:30' }) startsAt!: string;
  @ApiProperty({ example: '12:00' }) endsAt!: string;
  @ApiProperty({ type: [SignInRowDto], description: 'By school (pinyin), then name (pinyin)' }) rows!: SignInRowDto[];
}

/** The data of the printable sign-in sheet (签到表): one page per participant slot. */
export class SignInSheetDto {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() programmeName!: string;
  @ApiProperty() venueName!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ type: [String], format: 'date', description: 'The days of the timetable' }) dates!: string[];
  @ApiProperty() creditHours!: number;
  @ApiProperty({ type: [SignInSlotDto] }) slots!: SignInSlotDto[];
}

export class WalkInCandidatesQueryDto {
  @ApiProperty({ description: 'Name by characters, full pinyin or initials (zs → 张三)', example: 'zs' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  q!: string;
}

export class WalkInCandidateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) schoolId!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty({ enum: SUBJECTS, isArray: true }) subjects!: Subject[];
}

export class WalkInCandidatePageDto {
  @ApiProperty({ type: [WalkInCandidateDto], description: 'At most 20, by pinyin' }) items!: WalkInCandidateDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
