import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { SCHOOL_STAGES, SUBJECTS, type SchoolStage, type Subject } from '../../../directory/rules/vocab.js';
import { IsCalendarDate, toBoolean } from '../../../directory/common/validators.js';
import { PageQueryDto } from '../../../platform/http/paging.js';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../platform/regions/organisation.entity.js';
import {
  EXPERT_TIERS,
  HALF_DAYS,
  MODULE_KINDS,
  PROGRAMME_LEVELS,
  PROGRAMME_TYPES,
  SESSION_EXPERT_ROLES,
  SESSION_STATUSES,
  type ExpertTier,
  type HalfDay,
  type ModuleKind,
  type ProgrammeLevel,
  type ProgrammeType,
  type SessionExpertRole,
  type SessionStatus,
} from '../../rules/vocab.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

// ---- the timetable as the editor sends it (and as the template answers it) ----

export class TimetableModuleInputDto {
  @ApiProperty({ enum: MODULE_KINDS }) @IsIn(MODULE_KINDS) kind!: ModuleKind;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(200) title?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The expert who gives it: one of the team' })
  @IsOptional()
  @IsUUID()
  expertId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The local teacher giving a demonstration or feedback lesson' })
  @IsOptional()
  @IsUUID()
  lessonTeacherId?: string | null;
}

export class TimetableHalfInputDto {
  @ApiProperty({ enum: HALF_DAYS }) @IsIn(HALF_DAYS) half!: HalfDay;
  @ApiProperty({ description: 'A participants’ attendance slot; false for what only the team attends (the Sunday)' }) @IsBoolean() participantSlot!: boolean;
  @ApiPropertyOptional({ example: '08:30', description: 'Local time HH:MM; defaults 08:30 (am) / 14:00 (pm)' }) @IsOptional() @Matches(TIME) startsAt?: string;
  @ApiPropertyOptional({ example: '12:00', description: 'Local time HH:MM; defaults 12:00 (am) / 17:30 (pm)' }) @IsOptional() @Matches(TIME) endsAt?: string;
  @ApiProperty({ type: [TimetableModuleInputDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TimetableModuleInputDto)
  modules!: TimetableModuleInputDto[];
}

export class TimetableDayInputDto {
  @ApiProperty({ format: 'date' }) @IsCalendarDate() date!: string;
  @ApiProperty({ type: [TimetableHalfInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => TimetableHalfInputDto)
  halves!: TimetableHalfInputDto[];
}

export class SessionLocalOverrideDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() expertId!: string;
  @ApiProperty({ description: 'From the receiving school or its county (本地/本校)' }) @IsBoolean() local!: boolean;
}

export class SessionEligibilityInputDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Schools whose teachers may enrol; none: any school' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  schoolIds?: string[];
  @ApiPropertyOptional({ enum: SUBJECTS, isArray: true, description: 'None: any subject' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SUBJECTS.length)
  @IsIn(SUBJECTS, { each: true })
  subjects?: Subject[];
  @ApiPropertyOptional({ enum: SCHOOL_STAGES, isArray: true, description: 'None: any stage' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SCHOOL_STAGES.length)
  @IsIn(SCHOOL_STAGES, { each: true })
  stages?: SchoolStage[];
}

/** The parts of a session the editor saves; on create the required ones, on update any of them. */
class SessionPartsDto {
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) @IsOptional() @IsCalendarDate() enrolOpensOn?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) @IsOptional() @IsCalendarDate() enrolClosesOn?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date', description: 'The last day a teacher may withdraw' })
  @IsOptional()
  @IsCalendarDate()
  withdrawUntil?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: '送培组长; required to publish' })
  @IsOptional()
  @IsUUID()
  teamLeaderExpertId?: string | null;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'The team besides the leader (the leader may be listed too)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  expertIds?: string[];
  @ApiPropertyOptional({ type: [SessionLocalOverrideDto], description: 'Local flags that differ from the default (same school or the venue’s county)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SessionLocalOverrideDto)
  localOverrides?: SessionLocalOverrideDto[];
  @ApiPropertyOptional({ type: SessionEligibilityInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SessionEligibilityInputDto)
  eligibility?: SessionEligibilityInputDto;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
  @ApiPropertyOptional({ description: 'The coordinator confirms a team with more than 60% local experts' })
  @IsOptional()
  @IsBoolean()
  confirmLocalShare?: boolean;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 80, description: 'Percent of participant slots to attend to complete' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  completionThreshold?: number;
}

export class CreateSessionDto extends SessionPartsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() programmeId!: string;
  @ApiProperty({ example: '送培到校·城关小学语文数学' }) @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiProperty({ format: 'uuid', description: 'The receiving school (送培校) or the centre' }) @IsUUID() venueOrganisationId!: string;
  @ApiProperty({ type: [TimetableDayInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(62)
  @ValidateNested({ each: true })
  @Type(() => TimetableDayInputDto)
  days!: TimetableDayInputDto[];
  @ApiProperty({ description: '学时 declared, handed to credits on completion' }) @IsInt() @Min(0) @Max(1000) creditHours!: number;
  @ApiProperty({ description: 'Seats; at least 1 to publish' }) @IsInt() @Min(0) @Max(10000) capacity!: number;
  @ApiProperty({ description: 'A teacher’s own enrolment waits for the school’s approval' }) @IsBoolean() approvalRequired!: boolean;
}

export class UpdateSessionDto extends SessionPartsDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() programmeId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) title?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() venueOrganisationId?: string;
  @ApiPropertyOptional({ type: [TimetableDayInputDto], description: 'The whole timetable; slots of dates and halves kept keep their ids' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(62)
  @ValidateNested({ each: true })
  @Type(() => TimetableDayInputDto)
  days?: TimetableDayInputDto[];
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(1000) creditHours?: number;
  @ApiPropertyOptional({ description: 'Not below the seats taken' }) @IsOptional() @IsInt() @Min(0) @Max(10000) capacity?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() approvalRequired?: boolean;
}

export class SessionTemplateRequestDto {
  @ApiProperty({ format: 'date', description: 'The Sunday the team arrives' }) @IsCalendarDate() sunday!: string;
}

export class SessionTemplateDto {
  @ApiProperty({ type: [TimetableDayInputDto], description: 'Sunday (team only) and the ten participant half-days Monday to Friday' })
  days!: TimetableDayInputDto[];
}

export class CancelSessionDto {
  @ApiProperty({ example: '受天气影响，送培活动延期' }) @IsString() @MaxLength(500) reason!: string;
}

// ---- answers ----

export class SessionModuleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: MODULE_KINDS }) kind!: ModuleKind;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) expertId!: string | null;
  @ApiProperty({ nullable: true, type: String }) expertName!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) lessonTeacherId!: string | null;
  @ApiProperty({ nullable: true, type: String }) lessonTeacherName!: string | null;
}

export class SessionHalfDto {
  @ApiProperty({ format: 'uuid' }) slotId!: string;
  @ApiProperty({ enum: HALF_DAYS }) half!: HalfDay;
  @ApiProperty() participantSlot!: boolean;
  @ApiProperty({ example: '08:30' }) startsAt!: string;
  @ApiProperty({ example: '12:00' }) endsAt!: string;
  @ApiProperty({ type: [SessionModuleDto] }) modules!: SessionModuleDto[];
}

export class SessionDayDto {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ type: [SessionHalfDto] }) halves!: SessionHalfDto[];
}

export class SessionTeamMemberDto {
  @ApiProperty({ format: 'uuid' }) expertId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: SESSION_EXPERT_ROLES }) role!: SessionExpertRole;
  @ApiProperty({ enum: EXPERT_TIERS }) tier!: ExpertTier;
  @ApiProperty({ description: '本地/本校' }) local!: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Where the expert works' }) organisationName!: string | null;
}

export class SessionSchoolDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class SessionEligibilityDto {
  @ApiProperty({ type: [SessionSchoolDto] }) schools!: SessionSchoolDto[];
  @ApiProperty({ enum: SUBJECTS, isArray: true }) subjects!: Subject[];
  @ApiProperty({ enum: SCHOOL_STAGES, isArray: true }) stages!: SchoolStage[];
}

export class SessionCountsDto {
  @ApiProperty() capacity!: number;
  @ApiProperty() seatsTaken!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty({ description: 'Teachers’ own requests awaiting their school' }) pending!: number;
}

export class SessionLocalShareDto {
  @ApiProperty() local!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'local ÷ total, 0–1, for display' }) share!: number;
  @ApiProperty({ description: 'More than 60% local (DOMAIN.md §4)' }) exceedsLimit!: boolean;
}

export class SessionProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PROGRAMME_LEVELS }) level!: ProgrammeLevel;
  @ApiProperty({ enum: PROGRAMME_TYPES }) type!: ProgrammeType;
}

export class SessionVenueDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind!: OrganisationKind;
}

export class SessionDetailDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: SessionProgrammeDto }) programme!: SessionProgrammeDto;
  @ApiProperty({ type: SessionVenueDto }) venue!: SessionVenueDto;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ enum: SESSION_STATUSES, description: 'Derived: a published session is running on its days' }) status!: SessionStatus;
  @ApiProperty({ enum: SESSION_STATUSES, description: 'As stored' }) storedStatus!: SessionStatus;
  @ApiProperty({ enum: SESSION_STATUSES, isArray: true, description: 'The statuses it may move to from the derived one' }) nextStatuses!: SessionStatus[];
  @ApiProperty({ nullable: true, type: String }) cancelReason!: string | null;
  @ApiProperty() creditHours!: number;
  @ApiProperty() completionThreshold!: number;
  @ApiProperty() approvalRequired!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) enrolOpensOn!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) enrolClosesOn!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) withdrawUntil!: string | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) teamLeaderExpertId!: string | null;
  @ApiProperty({ type: [SessionDayDto] }) days!: SessionDayDto[];
  @ApiProperty() participantSlotCount!: number;
  @ApiProperty({ type: [SessionTeamMemberDto], description: 'The leader first' }) team!: SessionTeamMemberDto[];
  @ApiProperty({ type: SessionEligibilityDto }) eligibility!: SessionEligibilityDto;
  @ApiProperty({ type: SessionCountsDto }) counts!: SessionCountsDto;
  @ApiProperty({ type: SessionLocalShareDto }) localShare!: SessionLocalShareDto;
  @ApiProperty({ description: 'The coordinator confirmed a team above the local limit' }) localShareConfirmed!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class SessionListItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty() programmeName!: string;
  @ApiProperty({ format: 'uuid' }) venueId!: string;
  @ApiProperty() venueName!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ enum: SESSION_STATUSES, description: 'Derived' }) status!: SessionStatus;
  @ApiProperty() capacity!: number;
  @ApiProperty() seatsTaken!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty() creditHours!: number;
  @ApiProperty({ nullable: true, type: String }) teamLeaderName!: string | null;
  @ApiProperty() version!: number;
}

export class SessionPageDto {
  @ApiProperty({ type: [SessionListItemDto] }) items!: SessionListItemDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class ListSessionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() programmeId?: string;
  @ApiPropertyOptional({ description: `The derived status, or several comma-separated (${SESSION_STATUSES.join(', ')}); running includes published sessions on their days`, example: 'published,running' })
  @IsOptional()
  @Matches(new RegExp(`^(${SESSION_STATUSES.join('|')})(,(${SESSION_STATUSES.join('|')}))*$`), { context: { code: 'validation.isIn' } })
  status?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Sessions whose venue is managed within the region or located in it (as the report counts them)' })
  @IsOptional()
  @IsUUID()
  regionId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Sessions whose venue is this organisation or one it manages (a central school and its teaching points)' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
  @ApiPropertyOptional({ enum: PROGRAMME_TYPES, description: 'The programme’s type' }) @IsOptional() @IsIn(PROGRAMME_TYPES) type?: ProgrammeType;
  @ApiPropertyOptional({ enum: PROGRAMME_LEVELS, description: 'The programme’s level' }) @IsOptional() @IsIn(PROGRAMME_LEVELS) level?: ProgrammeLevel;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() venueId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Sessions with this expert on the team' }) @IsOptional() @IsUUID() expertId?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Sessions overlapping from … to' }) @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsCalendarDate() to?: string;
  @ApiPropertyOptional({ description: 'Title contains' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ description: "startsOn, title, createdAt; '-' for descending (default -startsOn)" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sort?: string;
}

// ---- calendar ----

export class TrainingCalendarQueryDto {
  @ApiProperty({ format: 'date' }) @IsCalendarDate() from!: string;
  @ApiProperty({ format: 'date', description: 'Inclusive; at most 62 days after from' }) @IsCalendarDate() to!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() venueId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() expertId?: string;
  @ApiPropertyOptional({ type: Boolean, default: false }) @IsOptional() @Transform(toBoolean) @IsBoolean() includeCancelled?: boolean;
}

export class TrainingCalendarHalfDto {
  @ApiProperty({ enum: HALF_DAYS }) half!: HalfDay;
  @ApiProperty() participantSlot!: boolean;
  @ApiProperty({ example: '08:30' }) startsAt!: string;
  @ApiProperty({ example: '12:00' }) endsAt!: string;
  @ApiProperty({ enum: MODULE_KINDS, isArray: true }) moduleKinds!: ModuleKind[];
}

export class TrainingCalendarDayDto {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ type: [TrainingCalendarHalfDto] }) halves!: TrainingCalendarHalfDto[];
}

export class TrainingCalendarTeamMemberDto {
  @ApiProperty({ format: 'uuid' }) expertId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: SESSION_EXPERT_ROLES }) role!: SessionExpertRole;
}

export class TrainingCalendarSessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SESSION_STATUSES, description: 'Derived' }) status!: SessionStatus;
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty() programmeName!: string;
  @ApiProperty({ format: 'uuid' }) venueId!: string;
  @ApiProperty() venueName!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ type: [TrainingCalendarTeamMemberDto], description: 'The leader first' }) team!: TrainingCalendarTeamMemberDto[];
  @ApiProperty({ type: [TrainingCalendarDayDto], description: 'The session’s days within from … to' }) days!: TrainingCalendarDayDto[];
}

export class TrainingCalendarDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: [TrainingCalendarSessionDto], description: 'Sessions in scope overlapping the range, by first day' })
  items!: TrainingCalendarSessionDto[];
}
