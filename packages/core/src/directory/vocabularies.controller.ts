import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ID_DOCUMENT_TYPE_NAMES, type LocalizedText } from '@schoolbridge/shared';
import {
  ASSIGNMENT_KIND_NAMES,
  BACKBONE_LEVEL_NAMES,
  DIFFICULTY_CATEGORY_NAMES,
  GENDER_NAMES,
  GRADE_NAMES,
  HIRE_PROGRAMME_NAMES,
  REGISTRATION_ORIGIN_NAMES,
  SCHOOL_KIND_NAMES,
  SCHOOL_SETTING_NAMES,
  SCHOOL_STAGE_NAMES,
  SCHOOL_TIER_NAMES,
  STUDENT_STATUS_NAMES,
  SUBJECT_NAMES,
  TEACHER_STATUS_NAMES,
  TEACHER_TITLE_NAMES,
} from './rules/vocab.js';

class VocabNameDto {
  @ApiProperty({ name: 'zh-CN', example: '小学' }) 'zh-CN'!: string;
  @ApiProperty({ example: 'Primary' }) en!: string;
}

class VocabEntryDto {
  @ApiProperty({ example: 'primary' }) code!: string;
  @ApiProperty({ type: VocabNameDto }) name!: VocabNameDto;
}

export class VocabulariesDto {
  @ApiProperty({ type: [VocabEntryDto] }) schoolStages!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) schoolKinds!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) settings!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) tiers!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) subjects!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) teacherTitles!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) backboneLevels!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) hireProgrammes!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) teacherStatuses!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) assignmentKinds!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) genders!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) studentStatuses!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) registrationOrigins!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) grades!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) difficultyCategories!: VocabEntryDto[];
  @ApiProperty({ type: [VocabEntryDto] }) idDocumentTypes!: VocabEntryDto[];
}

/** A vocabulary as the admin's selects take it: codes in their defined order, with both languages' words. */
function entries(names: Record<string, LocalizedText>): VocabEntryDto[] {
  return Object.entries(names).map(([code, name]) => ({ code, name: { 'zh-CN': name['zh-CN'], en: name.en } }));
}

const VOCABULARIES: VocabulariesDto = {
  schoolStages: entries(SCHOOL_STAGE_NAMES),
  schoolKinds: entries(SCHOOL_KIND_NAMES),
  settings: entries(SCHOOL_SETTING_NAMES),
  tiers: entries(SCHOOL_TIER_NAMES),
  subjects: entries(SUBJECT_NAMES),
  teacherTitles: entries(TEACHER_TITLE_NAMES),
  backboneLevels: entries(BACKBONE_LEVEL_NAMES),
  hireProgrammes: entries(HIRE_PROGRAMME_NAMES),
  teacherStatuses: entries(TEACHER_STATUS_NAMES),
  assignmentKinds: entries(ASSIGNMENT_KIND_NAMES),
  genders: entries(GENDER_NAMES),
  studentStatuses: entries(STUDENT_STATUS_NAMES),
  registrationOrigins: entries(REGISTRATION_ORIGIN_NAMES),
  grades: entries(GRADE_NAMES),
  difficultyCategories: entries(DIFFICULTY_CATEGORY_NAMES),
  idDocumentTypes: entries(ID_DOCUMENT_TYPE_NAMES),
};

/**
 * The directory's closed vocabularies for the admin's selects. Any signed-in user may read them
 * (they are the words of the forms, not data), so no permission is needed.
 */
@ApiTags('directory')
@ApiCookieAuth()
@Controller('directory/vocabularies')
export class VocabulariesController {
  @Get()
  @ApiOkResponse({ type: VocabulariesDto })
  list(): VocabulariesDto {
    return VOCABULARIES;
  }
}
