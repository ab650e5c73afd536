import { Attendance, CreditOutbox } from './entities/attendance.entity.js';
import { Enrolment } from './entities/enrolment.entity.js';
import { FeedbackLesson, FeedbackRating, Questionnaire, QuestionnaireResponse, QuestionTemplate } from './entities/evaluation.entity.js';
import { Expert } from './entities/expert.entity.js';
import { TrainingProgramme, TrainingProgrammeAudience } from './entities/programme.entity.js';
import { TrainingSession, TrainingSessionSchool, TrainingSessionStage, TrainingSessionSubject } from './entities/session.entity.js';
import { SessionExpert, TimetableItem, TrainingBooking, TrainingSlot } from './entities/timetable.entity.js';
import { TrainingInit1767398400000 } from './migrations/1767398400000-training-init.js';

export const TRAINING_ENTITIES = [
  TrainingProgramme,
  TrainingProgrammeAudience,
  Expert,
  TrainingSession,
  TrainingSessionSchool,
  TrainingSessionSubject,
  TrainingSessionStage,
  TrainingSlot,
  TimetableItem,
  SessionExpert,
  TrainingBooking,
  Enrolment,
  Attendance,
  CreditOutbox,
  QuestionTemplate,
  Questionnaire,
  QuestionnaireResponse,
  FeedbackLesson,
  FeedbackRating,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const TRAINING_MIGRATIONS: Function[] = [
  TrainingInit1767398400000,
  // each part that needs a schema change adds its own migration here
];
