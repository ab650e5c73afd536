import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../../platform/access/actor.js';
import { ScopeService } from '../../platform/access/scope.service.js';
import { Clock } from '../../platform/clock.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { joinSessionParties, sessionScope } from '../common/scope.js';
import { Expert } from '../entities/expert.entity.js';
import { TrainingProgramme } from '../entities/programme.entity.js';
import { TrainingSession } from '../entities/session.entity.js';
import { SessionExpert, TimetableItem, TrainingSlot } from '../entities/timetable.entity.js';
import { checkRange } from '../experts/experts.service.js';
import { TRAINING_READ } from '../permissions.js';
import { statusOn, type HalfDay, type ModuleKind } from '../rules/vocab.js';
import type { TrainingCalendarDto, TrainingCalendarQueryDto } from './dto/session.dto.js';
import { namesOf } from './session-view.js';

/** A month view with the weeks around it (6 weeks) and some room. */
export const MAX_CALENDAR_DAYS = 62;

const HALF_ORDER: Record<HalfDay, number> = { am: 0, pm: 1 };

/** The centre's calendar: sessions in scope overlapping a range, with their days, by venue or by expert. */
@Injectable()
export class TrainingCalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly clock: Clock,
  ) {}

  async calendar(actor: Actor, q: TrainingCalendarQueryDto): Promise<TrainingCalendarDto> {
    checkRange(q.from, q.to, MAX_CALENDAR_DAYS);
    const m = this.dataSource.manager;
    const qb = joinSessionParties(m.getRepository(TrainingSession).createQueryBuilder('s'), 's')
      .andWhere(this.scope.where(actor, TRAINING_READ, sessionScope('s')))
      .andWhere('s.endsOn >= :from AND s.startsOn <= :to', { from: q.from, to: q.to });
    if (q.venueId) qb.andWhere('s.venueOrganisationId = :venueId', { venueId: q.venueId });
    if (q.expertId)
      qb.andWhere('EXISTS (SELECT 1 FROM training_session_expert ce WHERE ce.session_id = s.id AND ce.expert_id = :expertId)', { expertId: q.expertId });
    if (!q.includeCancelled) qb.andWhere("s.status <> 'cancelled'");
    const sessions = await qb.orderBy('s.startsOn', 'ASC').addOrderBy('s.id', 'ASC').getMany();
    if (sessions.length === 0) return { from: q.from, to: q.to, items: [] };
    const ids = sessions.map((s) => s.id);
    const slots = (
      await m
        .createQueryBuilder(TrainingSlot, 'sl')
        .where({ sessionId: In(ids) })
        .andWhere('sl.date >= :from AND sl.date <= :to', { from: q.from, to: q.to })
        .getMany()
    ).sort((a, b) => a.date.localeCompare(b.date) || HALF_ORDER[a.half] - HALF_ORDER[b.half]);
    const kinds = new Map<string, ModuleKind[]>();
    if (slots.length > 0) {
      const items = await m.find(TimetableItem, { where: { slotId: In(slots.map((s) => s.id)) }, select: { slotId: true, kind: true, position: true } });
      for (const it of items.sort((a, b) => a.position - b.position)) kinds.set(it.slotId, [...(kinds.get(it.slotId) ?? []), it.kind]);
    }
    const team = (await m.find(SessionExpert, { where: { sessionId: In(ids) } })).sort((a, b) => (a.role === b.role ? 0 : a.role === 'leader' ? -1 : 1));
    const experts = await namesOf(
      m,
      Expert,
      team.map((t) => t.expertId),
    );
    const programmes = await namesOf(
      m,
      TrainingProgramme,
      sessions.map((s) => s.programmeId),
    );
    const venues = await namesOf(
      m,
      Organisation,
      sessions.map((s) => s.venueOrganisationId),
    );
    const today = this.clock.today();
    return {
      from: q.from,
      to: q.to,
      items: sessions.map((s) => {
        const days = new Map<string, TrainingSlot[]>();
        for (const slot of slots.filter((x) => x.sessionId === s.id)) days.set(slot.date, [...(days.get(slot.date) ?? []), slot]);
        return {
          id: s.id,
          title: s.title,
          status: statusOn(s.status, s.startsOn, s.endsOn, today),
          programmeId: s.programmeId,
          programmeName: programmes.get(s.programmeId) ?? '',
          venueId: s.venueOrganisationId,
          venueName: venues.get(s.venueOrganisationId) ?? '',
          startsOn: s.startsOn,
          endsOn: s.endsOn,
          team: team.filter((t) => t.sessionId === s.id).map((t) => ({ expertId: t.expertId, name: experts.get(t.expertId) ?? '', role: t.role })),
          days: [...days].map(([date, list]) => ({
            date,
            halves: list.map((slot) => ({
              half: slot.half,
              participantSlot: slot.participantSlot,
              startsAt: slot.startsAt,
              endsAt: slot.endsAt,
              moduleKinds: kinds.get(slot.id) ?? [],
            })),
          })),
        };
      }),
    };
  }
}
