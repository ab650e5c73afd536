import type { Provider, Type } from '@nestjs/common';

/**
 * Training's controllers and services. Each part (programmes and sessions, experts, enrolment,
 * attendance and completion, evaluation, reports, demo data) adds its own lines here, so the parts
 * never edit each other's files.
 */
export const TRAINING_CONTROLLERS: Type<unknown>[] = [];

export const TRAINING_PROVIDERS: Provider[] = [];
