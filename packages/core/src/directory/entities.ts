import { DirectoryOrganisation } from './entities/directory-organisation.entity.js';
import { SchoolShortage, SchoolStage } from './entities/school-stage.entity.js';
import { StaffMember } from './entities/staff-member.entity.js';
import { Student, StudentDifficulty } from './entities/student.entity.js';
import { Teacher, TeacherSubject } from './entities/teacher.entity.js';
import { TeachingAssignment } from './entities/teaching-assignment.entity.js';
import { DirectoryInit1767312000000 } from './migrations/1767312000000-directory-init.js';
import { DirectoryStaff1767312000001 } from './migrations/1767312000001-directory-staff.js';

export const DIRECTORY_ENTITIES = [DirectoryOrganisation, SchoolStage, SchoolShortage, Teacher, TeacherSubject, TeachingAssignment, Student, StudentDifficulty, StaffMember];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const DIRECTORY_MIGRATIONS: Function[] = [DirectoryInit1767312000000, DirectoryStaff1767312000001];
