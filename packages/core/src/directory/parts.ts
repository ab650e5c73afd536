import type { Provider, Type } from '@nestjs/common';
import { DirectoryRegionsController } from './regions/regions.controller.js';
import { DirectoryRegionsService } from './regions/regions.service.js';
import { OrganisationsController } from './organisations/organisations.controller.js';
import { OrganisationsService } from './organisations/organisations.service.js';
import { VocabulariesController } from './vocabularies.controller.js';
import { TeachersController } from './teachers/teachers.controller.js';
import { TeachersService } from './teachers/teachers.service.js';
import { StudentsController } from './students/students.controller.js';
import { StudentsService } from './students/students.service.js';
import { StaffController } from './staff/staff.controller.js';
import { StaffService } from './staff/staff.service.js';
import { TeacherAccountsController } from './accounts/accounts.controller.js';
import { TeacherAccountsService } from './accounts/accounts.service.js';
import { TeachersImporter } from './imports/teachers.importer.js';
import { StudentsImporter } from './imports/students.importer.js';
import { SchoolsImporter } from './imports/schools.importer.js';
import { DirectoryDemoSeed } from './seed/demo-directory.seed.js';

/**
 * The directory's controllers and services. Each part (regions, organisations, teachers, students,
 * staff, accounts, imports) adds its own lines here, so the parts never edit each other's files.
 */
export const DIRECTORY_CONTROLLERS: Type<unknown>[] = [
  // regions, organisations, vocabularies
  DirectoryRegionsController,
  OrganisationsController,
  VocabulariesController,
  // teachers
  TeachersController,
  // students
  StudentsController,
  // staff members
  StaffController,
  // teacher accounts in bulk
  TeacherAccountsController,
];

export const DIRECTORY_PROVIDERS: Provider[] = [
  // regions, organisations
  DirectoryRegionsService,
  OrganisationsService,
  // teachers
  TeachersService,
  // students
  StudentsService,
  // staff members
  StaffService,
  // teacher accounts in bulk
  TeacherAccountsService,
  // importers
  TeachersImporter,
  StudentsImporter,
  // schools importer
  SchoolsImporter,
  // demo data
  DirectoryDemoSeed,
];
