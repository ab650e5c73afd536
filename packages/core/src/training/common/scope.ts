import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ScopeSpec } from '../../platform/access/scope.service.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { TrainingProgramme } from '../entities/programme.entity.js';

/**
 * Who sees a session (ARCHITECTURE §5: a row joining several parties is visible to anyone whose
 * scope holds any of them): the programme's owner (the centre) and the venue (the receiving
 * school) by path; an expert through the sessions they are on the team of; a teacher through
 * their own enrolments. A query using it joins the programme as `sp`, the owner as `sowner`, the
 * venue as `svenue` (see `joinSessionParties`), with the session aliased `alias`.
 */
export function sessionScope(alias: string): ScopeSpec {
  return {
    paths: ['sowner.path', 'svenue.path'],
    assignments: (userId) => ({
      sql: `EXISTS (SELECT 1 FROM training_session_expert sse INNER JOIN training_expert sx ON sx.id = sse.expert_id WHERE sse.session_id = ${alias}.id AND sx.user_id = :scopeExpertUser)`,
      params: { scopeExpertUser: userId },
    }),
    own: (userId) => ({
      sql: `EXISTS (SELECT 1 FROM training_enrolment se INNER JOIN directory_teacher st ON st.id = se.teacher_id WHERE se.session_id = ${alias}.id AND st.user_id = :scopeOwnUser)`,
      params: { scopeOwnUser: userId },
    }),
  };
}

/** Joins what `sessionScope` reads: the programme (`sp`), its owner (`sowner`) and the venue (`svenue`). */
export function joinSessionParties<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  return qb
    .innerJoin(TrainingProgramme, 'sp', `sp.id = ${alias}.programmeId`)
    .innerJoin(Organisation, 'sowner', 'sowner.id = sp.ownerOrganisationId')
    .innerJoin(Organisation, 'svenue', `svenue.id = ${alias}.venueOrganisationId`);
}

/** Who sees a programme: its owner's and its host's scope (a programme has no venue of its own). */
export function programmeScope(): ScopeSpec {
  return { paths: ['powner.path', 'phost.path'] };
}

/** Joins what `programmeScope` reads: the owner (`powner`) and, when there is one, the host (`phost`). */
export function joinProgrammeParties<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  return qb.innerJoin(Organisation, 'powner', `powner.id = ${alias}.ownerOrganisationId`).leftJoin(Organisation, 'phost', `phost.id = ${alias}.hostOrganisationId`);
}

/** Who sees an expert of the pool: the owner's scope; an expert sees their own entry. */
export function expertScope(): ScopeSpec {
  return {
    paths: ['xowner.path'],
    assignments: (userId) => ({ sql: 'x.user_id = :scopeSelfExpert', params: { scopeSelfExpert: userId } }),
  };
}
