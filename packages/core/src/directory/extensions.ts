import type { Type } from '@nestjs/common';
import type { DemoSeed, Importer } from '../platform/plugins/extension-points.js';

/** The directory's importers (schools, teachers, students); each is also a provider in parts.ts. */
export const DIRECTORY_IMPORTERS: Type<Importer<never>>[] = [];

/** The directory's part of the demo data; each is also a provider in parts.ts. */
export const DIRECTORY_SEEDS: Type<DemoSeed>[] = [];
