import type { EntityManager } from 'typeorm';
import { DirectoryOrganisation } from '../entities/directory-organisation.entity.js';

const OWN = 'directory_organisation.organisation_id';

/**
 * Sets the schools' student, class, teacher and subject-teacher counts from the directory's own
 * rows, set-based: students and teachers not archived; classes as distinct grade + class;
 * subject teachers (科任教师) as active teachers with at least one subject. `where` picks the
 * schools: a list of ids, or an SQL condition on `organisation_id` with its parameters.
 */
export async function refreshSchoolCounts(m: EntityManager, where: { ids: string[] } | { sql: string; params: Record<string, unknown> }): Promise<void> {
  if ('ids' in where && where.ids.length === 0) return;
  const qb = m
    .createQueryBuilder()
    .update(DirectoryOrganisation)
    .set({
      studentCount: () => `(SELECT COUNT(*) FROM directory_student s WHERE s.school_id = ${OWN} AND s.archived_at IS NULL)`,
      classCount: () =>
        `(SELECT COUNT(DISTINCT s.grade || '/' || s.class_name) FROM directory_student s WHERE s.school_id = ${OWN} AND s.archived_at IS NULL AND s.class_name IS NOT NULL)`,
      teacherCount: () => `(SELECT COUNT(*) FROM directory_teacher t WHERE t.school_id = ${OWN} AND t.archived_at IS NULL)`,
      subjectTeacherCount: () =>
        `(SELECT COUNT(*) FROM directory_teacher t WHERE t.school_id = ${OWN} AND t.archived_at IS NULL AND t.status = 'active' AND EXISTS (SELECT 1 FROM directory_teacher_subject ts WHERE ts.teacher_id = t.id))`,
    })
    .callListeners(false)
    .updateEntity(false);
  if ('ids' in where) {
    for (let i = 0; i < where.ids.length; i += 500) {
      await qb
        .clone()
        .where('organisation_id IN (:...ids)', { ids: where.ids.slice(i, i + 500) })
        .execute();
    }
  } else {
    await qb.where(where.sql, where.params).execute();
  }
}
