import { In, type EntityManager } from 'typeorm';
import { DirectoryOrganisation } from '../../directory/entities/directory-organisation.entity.js';
import { Teacher, TeacherSubject } from '../../directory/entities/teacher.entity.js';
import type { Subject } from '../../directory/rules/vocab.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';

/** An enrolled teacher of a session (walk-ins included), with what lists print of them. */
export interface RosterEntry {
  enrolment: Enrolment;
  teacher: Teacher;
  schoolName: string;
  walkIn: boolean;
}

/**
 * The teachers a session's attendance is about: its 'enrolled' enrolments, walk-ins included,
 * sorted the way paper lists are: by school (pinyin of its name), then by name (pinyin).
 */
export async function sessionRoster(m: EntityManager, sessionId: string, teacherIds?: string[]): Promise<RosterEntry[]> {
  if (teacherIds && teacherIds.length === 0) return [];
  const enrolments = await m.find(Enrolment, { where: { sessionId, status: 'enrolled', ...(teacherIds ? { teacherId: In(teacherIds) } : {}) } });
  if (enrolments.length === 0) return [];
  const teachers = new Map((await m.findBy(Teacher, { id: In(enrolments.map((e) => e.teacherId)) })).map((t) => [t.id, t]));
  const schoolIds = [...new Set([...teachers.values()].map((t) => t.schoolId))];
  const schools = new Map((await m.find(Organisation, { where: { id: In(schoolIds) }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  const pinyin = new Map((await m.find(DirectoryOrganisation, { where: { organisationId: In(schoolIds) }, select: { organisationId: true, namePinyin: true } })).map((d) => [d.organisationId, d.namePinyin]));
  const entries = enrolments
    .filter((e) => teachers.has(e.teacherId))
    .map((e) => {
      const teacher = teachers.get(e.teacherId)!;
      return { enrolment: e, teacher, schoolName: schools.get(teacher.schoolId) ?? '', walkIn: e.source === 'walkIn', schoolKey: pinyin.get(teacher.schoolId) ?? schools.get(teacher.schoolId) ?? '' };
    });
  entries.sort((a, b) => a.schoolKey.localeCompare(b.schoolKey) || a.teacher.namePinyin.localeCompare(b.teacher.namePinyin) || a.teacher.id.localeCompare(b.teacher.id));
  return entries.map(({ schoolKey: _k, ...entry }) => entry);
}

/** Subjects taught, per teacher. */
export async function subjectsOf(m: EntityManager, teacherIds: string[]): Promise<Map<string, Subject[]>> {
  const out = new Map<string, Subject[]>();
  if (teacherIds.length === 0) return out;
  for (const row of await m.find(TeacherSubject, { where: { teacherId: In(teacherIds) }, order: { subject: 'ASC' } })) out.set(row.teacherId, [...(out.get(row.teacherId) ?? []), row.subject]);
  return out;
}
