import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { LocalizedText } from '@schoolbridge/shared';
import {
  ATTENDANCE_MARK_NAMES,
  ATTENDANCE_SOURCE_NAMES,
  AUDIENCE_NAMES,
  ENROLMENT_SOURCE_NAMES,
  ENROLMENT_STATUS_NAMES,
  EXPERT_TIER_NAMES,
  HALF_DAY_NAMES,
  MODULE_KIND_NAMES,
  PROGRAMME_LEVEL_NAMES,
  PROGRAMME_TYPE_NAMES,
  QUESTION_TYPE_NAMES,
  QUESTIONNAIRE_KIND_NAMES,
  SESSION_EXPERT_ROLE_NAMES,
  SESSION_STATUS_NAMES,
} from './rules/vocab.js';

class TrainingVocabNameDto {
  @ApiProperty({ name: 'zh-CN', example: '送培到校' }) 'zh-CN'!: string;
  @ApiProperty({ example: 'Send-training-to-school' }) en!: string;
}

class TrainingVocabEntryDto {
  @ApiProperty({ example: 'toSchool' }) code!: string;
  @ApiProperty({ type: TrainingVocabNameDto }) name!: TrainingVocabNameDto;
}

export class TrainingVocabulariesDto {
  @ApiProperty({ type: [TrainingVocabEntryDto] }) programmeLevels!: TrainingVocabEntryDto[];
  @ApiProperty({ type: [TrainingVocabEntryDto] }) programmeTypes!: TrainingVocabEntryDto[];
  @ApiProperty({ type: [TrainingVocabEntryDto] }) audiences!: TrainingVocabEntryDto[];
  @ApiProperty({ type: [TrainingVocabEntryDto] }) sessionStatuses!: TrainingVocabEntryDto[];
  @ApiProperty({ type: [TrainingVocabEntryDto] }) expertTiers!: TrainingVocabEntryDto[];
  @ApiProperty({ type: [TrainingVocabEntryDto] }) expertRoles!: TrainingVocabEntryDto[];
  @ApiProperty({ type: [TrainingVocabEntryDto] }) moduleKinds!: TrainingVocabEntryDto[];
  @ApiProperty({ type: [TrainingVocabEntryDto] }) halfDays!: TrainingVocabEntryDto[];
  @ApiProperty({ type: [TrainingVocabEntryDto] }) enrolmentStatuses!: TrainingVocabEntryDto[];
  @ApiProperty({ type: [TrainingVocabEntryDto] }) enrolmentSources!: TrainingVocabEntryDto[];
  @ApiProperty({ type: [TrainingVocabEntryDto] }) attendanceMarks!: TrainingVocabEntryDto[];
  @ApiProperty({ type: [TrainingVocabEntryDto] }) attendanceSources!: TrainingVocabEntryDto[];
  @ApiProperty({ type: [TrainingVocabEntryDto] }) questionnaireKinds!: TrainingVocabEntryDto[];
  @ApiProperty({ type: [TrainingVocabEntryDto] }) questionTypes!: TrainingVocabEntryDto[];
}

function entries(names: Record<string, LocalizedText>): TrainingVocabEntryDto[] {
  return Object.entries(names).map(([code, name]) => ({ code, name: { 'zh-CN': name['zh-CN'], en: name.en } }));
}

const VOCABULARIES: TrainingVocabulariesDto = {
  programmeLevels: entries(PROGRAMME_LEVEL_NAMES),
  programmeTypes: entries(PROGRAMME_TYPE_NAMES),
  audiences: entries(AUDIENCE_NAMES),
  sessionStatuses: entries(SESSION_STATUS_NAMES),
  expertTiers: entries(EXPERT_TIER_NAMES),
  expertRoles: entries(SESSION_EXPERT_ROLE_NAMES),
  moduleKinds: entries(MODULE_KIND_NAMES),
  halfDays: entries(HALF_DAY_NAMES),
  enrolmentStatuses: entries(ENROLMENT_STATUS_NAMES),
  enrolmentSources: entries(ENROLMENT_SOURCE_NAMES),
  attendanceMarks: entries(ATTENDANCE_MARK_NAMES),
  attendanceSources: entries(ATTENDANCE_SOURCE_NAMES),
  questionnaireKinds: entries(QUESTIONNAIRE_KIND_NAMES),
  questionTypes: entries(QUESTION_TYPE_NAMES),
};

/** Training's closed vocabularies for the admin's selects and tags: the words of the forms, so no permission. */
@ApiTags('training')
@ApiCookieAuth()
@Controller('training/vocabularies')
export class TrainingVocabulariesController {
  @Get()
  @ApiOkResponse({ type: TrainingVocabulariesDto })
  list(): TrainingVocabulariesDto {
    return VOCABULARIES;
  }
}
