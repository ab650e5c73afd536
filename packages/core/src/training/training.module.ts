import { Module } from '@nestjs/common';
import { TRAINING_CONTROLLERS, TRAINING_PROVIDERS } from './parts.js';

/** Training sessions (送培送教): programmes, experts, sessions, enrolment, attendance, evaluation. */
@Module({
  controllers: TRAINING_CONTROLLERS,
  providers: TRAINING_PROVIDERS,
  exports: TRAINING_PROVIDERS as never[],
})
export class TrainingModule {}
