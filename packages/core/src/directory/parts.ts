import type { Provider, Type } from '@nestjs/common';

/**
 * The directory's controllers and services. Each part (regions, organisations, teachers, students,
 * accounts, imports) adds its own lines here, so the parts never edit each other's files.
 */
export const DIRECTORY_CONTROLLERS: Type<unknown>[] = [];

export const DIRECTORY_PROVIDERS: Provider[] = [];
