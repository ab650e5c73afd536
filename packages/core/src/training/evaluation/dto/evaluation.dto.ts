import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../../directory/common/validators.js';
import { SUBJECTS, type Subject } from '../../../directory/rules/vocab.js';
import { PageQueryDto } from '../../../platform/http/paging.js';
import { ANSWER_TEXT_MAX, MAX_OPTIONS, OPTION_TEXT_MAX, QUESTION_CODE_MAX, QUESTION_TEXT_MAX, RATING_MAX, RATING_MIN } from '../../rules/evaluation.js';
import { QUESTION_TYPES, QUESTIONNAIRE_KINDS, SESSION_STATUSES, type QuestionnaireKind, type QuestionType, type SessionStatus } from '../../rules/vocab.js';

/**
 * One question. The shape is checked here; the rules (code format and uniqueness, options for
 * choices, lengths) are checked by `checkQuestions`, which names the field of each error.
 */
export class QuestionDto {
  @ApiProperty({ pattern: '^[a-z][a-zA-Z0-9]*$', maxLength: QUESTION_CODE_MAX, example: 'overall', description: 'Stable: results are grouped by it' })
  @IsString()
  code!: string;

  @ApiProperty({ enum: QUESTION_TYPES }) @IsString() type!: QuestionType;
  @ApiProperty({ maxLength: QUESTION_TEXT_MAX }) @IsString() text!: string;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_OPTIONS,
    description: `Choices (single, multiple): two or more, each at most ${OPTION_TEXT_MAX} characters`,
  })
  @IsOptional()
  @IsArray()
  options?: string[];

  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() required?: boolean;
}

// ---- question templates ------------------------------------------------------------------------

export class ListQuestionTemplatesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: QUESTIONNAIRE_KINDS }) @IsOptional() @IsIn(QUESTIONNAIRE_KINDS) kind?: QuestionnaireKind;
  @ApiPropertyOptional({
    enum: ['false', 'true', 'all'],
    default: 'false',
    description: 'Stored templates: false current, true archived only, all both (shipped ones are never archived)',
  })
  @IsOptional()
  @IsIn(['false', 'true', 'all'])
  archived?: 'false' | 'true' | 'all';
}

export class CreateQuestionTemplateDto {
  @ApiProperty({ enum: QUESTIONNAIRE_KINDS }) @IsIn(QUESTIONNAIRE_KINDS) kind!: QuestionnaireKind;
  @ApiProperty({ maxLength: 200 }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ type: [QuestionDto] }) @IsArray() @ValidateNested({ each: true }) @Type(() => QuestionDto) questions!: QuestionDto[];
  @ApiPropertyOptional({ format: 'uuid', description: 'The centre (or bureau) whose template it is; defaults to the caller’s one organisation' })
  @IsOptional()
  @IsUUID()
  ownerOrganisationId?: string;
}

export class UpdateQuestionTemplateDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional({ maxLength: 200 }) @ValidateIf((o: UpdateQuestionTemplateDto) => o.name !== undefined) @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ type: [QuestionDto] }) @ValidateIf((o: UpdateQuestionTemplateDto) => o.questions !== undefined) @IsArray() @ValidateNested({ each: true }) @Type(() => QuestionDto) questions?: QuestionDto[];
}

export class VersionDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
}

export class QuestionTemplateDto {
  @ApiProperty({ description: 'A UUID, or the id of a shipped template (shipped-…)' }) id!: string;
  @ApiProperty({ description: 'Shipped with SchoolBridge: read-only, in the caller’s language' }) shipped!: boolean;
  @ApiProperty({ enum: QUESTIONNAIRE_KINDS }) kind!: QuestionnaireKind;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [QuestionDto] }) questions!: QuestionDto[];
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) ownerOrganisationId!: string | null;
  @ApiProperty({ nullable: true, type: String }) ownerOrganisationName!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) archivedAt!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'null for shipped templates' }) version!: number | null;
}

export class QuestionTemplatePageDto {
  @ApiProperty({ type: [QuestionTemplateDto], description: 'Shipped templates first, then stored ones by name' }) items!: QuestionTemplateDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

// ---- questionnaires ----------------------------------------------------------------------------

export class CreateQuestionnaireDto {
  @ApiProperty({ enum: QUESTIONNAIRE_KINDS }) @IsIn(QUESTIONNAIRE_KINDS) kind!: QuestionnaireKind;
  @ApiPropertyOptional({ description: 'A shipped template id or a stored template’s UUID; or give `questions`' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  templateId?: string;

  @ApiPropertyOptional({ type: [QuestionDto] }) @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => QuestionDto) questions?: QuestionDto[];
  @ApiPropertyOptional({ maxLength: 200, description: 'Defaults to the template’s name' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;
  @ApiPropertyOptional({ description: 'Default: true for a questionnaire, false for a needs survey' }) @IsOptional() @IsBoolean() anonymous?: boolean;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    description: 'First day answers are taken; null: from now on. Default: a questionnaire opens on the session’s last day',
  })
  @IsOptional()
  @IsCalendarDate()
  opensOn?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    description: 'Last day answers are taken; null: no end. Default: a needs survey closes the day before the session, a questionnaire 14 days after it',
  })
  @IsOptional()
  @IsCalendarDate()
  closesOn?: string | null;
}

export class UpdateQuestionnaireDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional({ maxLength: 200 }) @ValidateIf((o: UpdateQuestionnaireDto) => o.title !== undefined) @IsString() @MinLength(1) @MaxLength(200) title?: string;
  @ApiPropertyOptional({ description: 'Locked once an answer exists' }) @ValidateIf((o: UpdateQuestionnaireDto) => o.anonymous !== undefined) @IsBoolean() anonymous?: boolean;
  @ApiPropertyOptional({ type: [QuestionDto], description: 'Locked once an answer exists' })
  @ValidateIf((o: UpdateQuestionnaireDto) => o.questions !== undefined)
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions?: QuestionDto[];

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) @IsOptional() @IsCalendarDate() opensOn?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) @IsOptional() @IsCalendarDate() closesOn?: string | null;
}

const WINDOW_STATES = ['notYetOpen', 'open', 'closed'] as const;

export class QuestionnaireDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ enum: QUESTIONNAIRE_KINDS }) kind!: QuestionnaireKind;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Answers keep no teacher, and results show no names' }) anonymous!: boolean;
  @ApiProperty({ type: [QuestionDto] }) questions!: QuestionDto[];
  @ApiProperty({ nullable: true, type: String, format: 'date' }) opensOn!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) closesOn!: string | null;
  @ApiProperty({ enum: WINDOW_STATES, description: 'Whether it takes answers today' }) window!: (typeof WINDOW_STATES)[number];
  @ApiProperty() responseCount!: number;
  @ApiProperty({ description: 'Questions and anonymity are locked once true' }) answered!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class QuestionnairePageDto {
  @ApiProperty({ type: [QuestionnaireDto] }) items!: QuestionnaireDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class AnswerQuestionnaireDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      oneOf: [
        { type: 'integer', minimum: RATING_MIN, maximum: RATING_MAX },
        { type: 'string', maxLength: ANSWER_TEXT_MAX },
        { type: 'array', items: { type: 'string' } },
      ],
    },
    example: { overall: 5, content: 4, improve: '希望多安排磨课' },
    description: 'Question code → a rating 1–5, a choice, several choices, or text',
  })
  @IsObject()
  answers!: Record<string, unknown>;
}

const MY_STATES = ['open', 'answered'] as const;

export class MyQuestionnaireDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() sessionTitle!: string;
  @ApiProperty({ format: 'date' }) sessionStartsOn!: string;
  @ApiProperty({ format: 'date' }) sessionEndsOn!: string;
  @ApiProperty({ enum: QUESTIONNAIRE_KINDS }) kind!: QuestionnaireKind;
  @ApiProperty() title!: string;
  @ApiProperty() anonymous!: boolean;
  @ApiProperty({ type: [QuestionDto] }) questions!: QuestionDto[];
  @ApiProperty({ nullable: true, type: String, format: 'date' }) opensOn!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) closesOn!: string | null;
  @ApiProperty({ enum: MY_STATES }) state!: (typeof MY_STATES)[number];
  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'The day the caller answered' }) answeredOn!: string | null;
}

export class MyQuestionnairePageDto {
  @ApiProperty({ type: [MyQuestionnaireDto], description: 'Open ones first (by closing date), then answered ones' }) items!: MyQuestionnaireDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

// ---- results -----------------------------------------------------------------------------------

export class RatingSummaryDto {
  @ApiProperty() count!: number;
  @ApiProperty() sum!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'In hundredths: 425 is 4.25' }) average!: number | null;
  @ApiProperty({ type: [Number], minItems: 5, maxItems: 5, description: 'How many gave 1, 2, 3, 4, 5' }) distribution!: number[];
}

export class ChoiceCountDto {
  @ApiProperty() option!: string;
  @ApiProperty() count!: number;
}

export class TextAnswerDto {
  @ApiProperty() text!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Always null when the questionnaire is anonymous' }) teacherName!: string | null;
}

export class QuestionResultDto {
  @ApiProperty() code!: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type!: QuestionType;
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ type: [String] }) options?: string[];
  @ApiProperty({ description: 'Responses that answered this question' }) answered!: number;
  @ApiPropertyOptional({ type: RatingSummaryDto }) rating?: RatingSummaryDto;
  @ApiPropertyOptional({ type: [ChoiceCountDto] }) choices?: ChoiceCountDto[];
  @ApiPropertyOptional({ type: [TextAnswerDto] }) texts?: TextAnswerDto[];
}

export class QuestionnaireResultsDto {
  @ApiProperty({ format: 'uuid' }) questionnaireId!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() sessionTitle!: string;
  @ApiProperty({ enum: QUESTIONNAIRE_KINDS }) kind!: QuestionnaireKind;
  @ApiProperty() title!: string;
  @ApiProperty() anonymous!: boolean;
  @ApiProperty() responses!: number;
  @ApiProperty({ description: 'Teachers who may answer: enrolled (walk-ins included); for a needs survey also pending and waitlisted' }) enrolled!: number;
  @ApiProperty({ description: 'Whole percent, capped at 100' }) responseRate!: number;
  @ApiProperty({ type: [QuestionResultDto] }) questions!: QuestionResultDto[];
}

export class SessionSatisfactionDto {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ enum: SESSION_STATUSES }) status!: SessionStatus;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The post-training questionnaire, if the session has one' }) questionnaireId!:
    string | null;
  @ApiProperty({ description: 'Responses to the questionnaire' }) responses!: number;
  @ApiProperty({ description: 'Responses that rated `overall`' }) overallCount!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Average `overall` rating in hundredths' }) overallAverage!: number | null;
}

export class ProgrammeEvaluationDto {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty() programmeName!: string;
  @ApiProperty() responses!: number;
  @ApiProperty() overallCount!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Satisfaction: the average of every `overall` rating of the programme’s sessions (weighted by ratings), in hundredths',
  })
  overallAverage!: number | null;

  @ApiProperty({ type: [SessionSatisfactionDto], description: 'Every session but cancelled ones, by first day' }) sessions!: SessionSatisfactionDto[];
}

// ---- feedback lessons --------------------------------------------------------------------------

export class CreateFeedbackLessonDto {
  @ApiProperty({ format: 'uuid', description: 'A teacher of the venue school' }) @IsUUID() teacherId!: string;
  @ApiProperty({ format: 'date', description: 'A day of the session' }) @IsCalendarDate() givenOn!: string;
  @ApiProperty({ maxLength: 200, example: '《秋天的雨》第二课时' }) @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiPropertyOptional({ enum: SUBJECTS, nullable: true }) @IsOptional() @IsIn([...SUBJECTS, null]) subject?: Subject | null;
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) notes?: string | null;
}

export class RateFeedbackLessonDto {
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) score!: number;
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) comment?: string | null;
}

export class FeedbackRatingDto {
  @ApiProperty({ format: 'uuid' }) expertId!: string;
  @ApiProperty() expertName!: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class FeedbackLessonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ format: 'uuid' }) teacherId!: string;
  @ApiProperty() teacherName!: string;
  @ApiProperty({ format: 'date' }) givenOn!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SUBJECTS, nullable: true }) subject!: Subject | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ type: [FeedbackRatingDto], description: 'By expert name' }) ratings!: FeedbackRatingDto[];
  @ApiProperty({ nullable: true, type: Number, description: 'Average score in hundredths: 8650 is 86.50' }) average!: number | null;
  @ApiProperty({ type: [String], description: 'Experts of the team who have not rated yet' }) unratedExpertIds!: string[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class FeedbackLessonPageDto {
  @ApiProperty({ type: [FeedbackLessonDto], description: 'By day given' }) items!: FeedbackLessonDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
