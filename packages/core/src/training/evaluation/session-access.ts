import type { EntityManager } from 'typeorm';
import type { Actor } from '../../platform/access/actor.js';
import type { ScopeService, ScopeSpec } from '../../platform/access/scope.service.js';
import { joinSessionParties, sessionScope } from '../common/scope.js';
import { SessionExpert } from '../entities/timetable.entity.js';
import { Expert } from '../entities/expert.entity.js';
import { TrainingSession } from '../entities/session.entity.js';

/** The session if the actor reaches it through `permission` (the session's parties, its team, its teachers); else null. */
export async function sessionWithin(
  m: EntityManager,
  scope: ScopeService,
  actor: Actor,
  permission: string,
  id: string,
  spec: ScopeSpec = sessionScope('s'),
): Promise<TrainingSession | null> {
  const qb = joinSessionParties(m.createQueryBuilder(TrainingSession, 's'), 's').where('s.id = :id', { id });
  return qb.andWhere(scope.where(actor, permission, spec)).getOne();
}

/** The session's parties only (the centre, the venue, their regions): who manages it, not its team or teachers. */
export function sessionPartiesScope(): ScopeSpec {
  return { paths: sessionScope('s').paths! };
}

/** The session's parties and team, without the teachers' own enrolments. */
export function sessionStaffScope(): ScopeSpec {
  const { own: _own, ...rest } = sessionScope('s');
  return rest;
}

/** The expert record of the caller, if they are on the session's team. */
export async function teamExpertOf(m: EntityManager, actor: Actor, sessionId: string): Promise<Expert | null> {
  return m
    .createQueryBuilder(Expert, 'x')
    .innerJoin(SessionExpert, 'se', 'se.expert_id = x.id AND se.session_id = :sessionId', { sessionId })
    .where('x.user_id = :userId', { userId: actor.userId })
    .getOne();
}
