/** What other contexts and plugins may use of training (re-exported by core's public entry). */
export { trainingDefinition } from './definition.js';
export { TrainingModule } from './training.module.js';
export * from './permissions.js';
export * from './rules/index.js';
export { TrainingProgramme, TrainingProgrammeAudience } from './entities/programme.entity.js';
export { Expert } from './entities/expert.entity.js';
export { TrainingSession, TrainingSessionSchool, TrainingSessionSubject, TrainingSessionStage } from './entities/session.entity.js';
export { TrainingSlot, TimetableItem, SessionExpert, TrainingBooking } from './entities/timetable.entity.js';
export { Enrolment } from './entities/enrolment.entity.js';
export { Attendance, CreditOutbox } from './entities/attendance.entity.js';
export { QuestionTemplate, Questionnaire, QuestionnaireResponse, FeedbackLesson, FeedbackRating, type Question } from './entities/evaluation.entity.js';
