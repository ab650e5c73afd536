import type { Type } from '@nestjs/common';
import type { DemoSeed, Importer } from '../platform/plugins/extension-points.js';
import { DirectoryDemoSeed } from './seed/demo-directory.seed.js';
import { TeachersImporter } from './imports/teachers.importer.js';
import { StudentsImporter } from './imports/students.importer.js';
import { SchoolsImporter } from './imports/schools.importer.js';

/** The directory's importers (schools, teachers, students); each is also a provider in parts.ts. */
export const DIRECTORY_IMPORTERS: Type<Importer<never, unknown>>[] = [
  // teachers
  TeachersImporter,
  // students
  StudentsImporter,
  // schools
  SchoolsImporter,
];

/** The directory's part of the demo data; each is also a provider in parts.ts. */
export const DIRECTORY_SEEDS: Type<DemoSeed>[] = [DirectoryDemoSeed];
