/** What other contexts and plugins may use of the directory (re-exported by core's public entry). */
export { directoryDefinition } from './definition.js';
export { DirectoryModule } from './directory.module.js';
export * from './permissions.js';
export * from './rules/vocab.js';
export { DirectoryOrganisation } from './entities/directory-organisation.entity.js';
export { SchoolStage, SchoolShortage } from './entities/school-stage.entity.js';
export { Teacher, TeacherSubject } from './entities/teacher.entity.js';
export { TeachingAssignment } from './entities/teaching-assignment.entity.js';
export { Student, StudentDifficulty } from './entities/student.entity.js';
export { StaffMember } from './entities/staff-member.entity.js';
export { generateDirectory, GenerateInputError, type GenerateDirectoryOptions, type GenerateDirectoryResult } from './generate/generate.js';
