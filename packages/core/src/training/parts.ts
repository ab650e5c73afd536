import type { Provider, Type } from '@nestjs/common';
import { TrainingVocabulariesController } from './vocabularies.controller.js'; // vocabularies
import { ProgrammesController } from './programmes/programmes.controller.js'; // sessions
import { ProgrammesService } from './programmes/programmes.service.js'; // sessions
import { ExpertsController } from './experts/experts.controller.js'; // sessions
import { ExpertsService } from './experts/experts.service.js'; // sessions
import { SessionsController, TrainingCalendarController } from './sessions/sessions.controller.js'; // sessions
import { SessionsService } from './sessions/sessions.service.js'; // sessions
import { TrainingCalendarService } from './sessions/calendar.service.js'; // sessions
import { EnrolmentController } from './enrolment/enrolment.controller.js'; // enrolment
import { EnrolmentQueries } from './enrolment/enrolment-queries.service.js'; // enrolment
import { EnrolmentService } from './enrolment/enrolment.service.js'; // enrolment
import { EnrolmentSupport } from './enrolment/enrolment-support.js'; // enrolment
import { TrainingReportSection } from './report/training.section.js'; // report
import { TrainingDemoSeed } from './seed/demo-training.seed.js'; // demo data
import { AttendanceController } from './attendance/attendance.controller.js'; // attendance
import { AttendanceService } from './attendance/attendance.service.js'; // attendance
import { CheckInController } from './attendance/check-in.controller.js'; // attendance
import { CheckInService } from './attendance/check-in.service.js'; // attendance
import { CompletionController } from './attendance/completion.controller.js'; // attendance
import { CompletionService } from './attendance/completion.service.js'; // attendance
import { SessionAccess } from './attendance/session-access.js'; // attendance
import { FeedbackLessonsController } from './evaluation/feedback-lessons.controller.js'; // evaluation
import { FeedbackLessonsService } from './evaluation/feedback-lessons.service.js'; // evaluation
import { QuestionTemplatesController } from './evaluation/question-templates.controller.js'; // evaluation
import { QuestionTemplatesService } from './evaluation/question-templates.service.js'; // evaluation
import { QuestionnairesController } from './evaluation/questionnaires.controller.js'; // evaluation
import { QuestionnairesService } from './evaluation/questionnaires.service.js'; // evaluation

/**
 * Training's controllers and services. Each part (programmes and sessions, experts, enrolment,
 * attendance and completion, evaluation, reports, demo data) adds its own lines here, so the parts
 * never edit each other's files.
 */
export const TRAINING_CONTROLLERS: Type<unknown>[] = [
  TrainingVocabulariesController, // vocabularies
  ProgrammesController, // sessions
  ExpertsController, // sessions
  SessionsController, // sessions
  TrainingCalendarController, // sessions
  EnrolmentController, // enrolment
  QuestionTemplatesController, // evaluation
  QuestionnairesController, // evaluation
  FeedbackLessonsController, // evaluation
  AttendanceController, // attendance
  CheckInController, // attendance
  CompletionController, // attendance
];

export const TRAINING_PROVIDERS: Provider[] = [
  ProgrammesService, // sessions
  ExpertsService, // sessions
  SessionsService, // sessions
  TrainingCalendarService, // sessions
  EnrolmentSupport, // enrolment
  EnrolmentQueries, // enrolment
  EnrolmentService, // enrolment
  QuestionTemplatesService, // evaluation
  QuestionnairesService, // evaluation
  FeedbackLessonsService, // evaluation
  TrainingReportSection, // report
  TrainingDemoSeed, // demo data
  SessionAccess, // attendance
  CompletionService, // attendance
  AttendanceService, // attendance
  CheckInService, // attendance
];
