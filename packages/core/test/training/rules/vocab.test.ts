import { describe, expect, it } from 'vitest';
import {
  assertTransition,
  ATTENDANCE_MARKS,
  ATTENDANCE_SOURCES,
  EXPERT_TIERS,
  HALF_DAYS,
  MODULE_KIND_NAMES,
  MODULE_KINDS,
  nextStatuses,
  PROGRAMME_LEVEL_NAMES,
  PROGRAMME_LEVELS,
  PROGRAMME_TYPE_NAMES,
  PROGRAMME_TYPES,
  SESSION_STATUSES,
  SESSION_TRANSITIONS,
  statusOn,
  TrainingRuleError,
} from '../../../src/training/rules/index.js';

describe('training vocabularies', () => {
  it('carry the codes of DOMAIN.md §4 with the users’ words', () => {
    expect(PROGRAMME_LEVELS).toEqual(['national', 'provincial', 'city', 'county']);
    expect(Object.values(PROGRAMME_LEVEL_NAMES).map((t) => t['zh-CN'])).toEqual(['国培', '省培', '市培', '县培']);
    expect(PROGRAMME_TYPES).toEqual(['toCounty', 'toSchool', 'shadowing', 'classTeacher', 'lecture', 'competition', 'showcase']);
    expect(PROGRAMME_TYPE_NAMES.toSchool['zh-CN']).toBe('送培到校');
    expect(SESSION_STATUSES).toEqual(['draft', 'published', 'running', 'completed', 'cancelled']);
    expect(EXPERT_TIERS).toEqual(['province', 'city', 'county']);
    expect(HALF_DAYS).toEqual(['am', 'pm']);
    expect(ATTENDANCE_MARKS).toEqual(['present', 'late', 'absent', 'excused']);
    expect(ATTENDANCE_SOURCES).toEqual(['code', 'trainer', 'coordinator', 'walkIn']);
    expect(MODULE_KINDS).toEqual(
      expect.arrayContaining([
        'ethics',
        'professionalDevelopment',
        'schoolManagement',
        'efficientClassroom',
        'teachingMethods',
        'demonstrationLesson',
        'polishing',
        'feedbackLesson',
        'jointPlanning',
        'arrival',
        'other',
      ]),
    );
    expect(MODULE_KIND_NAMES.polishing['zh-CN']).toBe('磨课');
  });

  it('gives every code a zh-CN and an English word', () => {
    for (const names of [PROGRAMME_LEVEL_NAMES, PROGRAMME_TYPE_NAMES, MODULE_KIND_NAMES]) {
      for (const text of Object.values(names)) {
        expect(text['zh-CN']).not.toBe('');
        expect(text.en).not.toBe('');
      }
    }
  });
});

describe('session status transitions', () => {
  it('runs draft → published → running → completed, with cancel before it runs', () => {
    expect(nextStatuses('draft')).toEqual(['published', 'cancelled']);
    expect(nextStatuses('published')).toEqual(['running', 'cancelled']);
    expect(nextStatuses('running')).toEqual(['completed']);
    expect(nextStatuses('completed')).toEqual([]);
    expect(nextStatuses('cancelled')).toEqual([]);
  });

  it('lists a transition for every status', () => {
    expect(Object.keys(SESSION_TRANSITIONS).sort()).toEqual([...SESSION_STATUSES].sort());
  });

  it('accepts allowed changes and refuses others with the allowed ones', () => {
    expect(() => assertTransition('draft', 'published')).not.toThrow();
    expect(() => assertTransition('running', 'completed')).not.toThrow();
    for (const [from, to] of [
      ['draft', 'completed'],
      ['running', 'cancelled'],
      ['completed', 'running'],
      ['cancelled', 'draft'],
      ['published', 'published'],
    ] as const) {
      let error: unknown;
      try {
        assertTransition(from, to);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TrainingRuleError);
      expect(error).toMatchObject({ code: 'training.session.transitionNotAllowed', params: { from, to, allowed: [...nextStatuses(from)] } });
    }
  });

  it('shows a published session as running on its days only', () => {
    expect(statusOn('published', '2026-11-08', '2026-11-13', '2026-11-07')).toBe('published');
    expect(statusOn('published', '2026-11-08', '2026-11-13', '2026-11-08')).toBe('running');
    expect(statusOn('published', '2026-11-08', '2026-11-13', '2026-11-13')).toBe('running');
    expect(statusOn('published', '2026-11-08', '2026-11-13', '2026-11-14')).toBe('published');
    expect(statusOn('draft', '2026-11-08', '2026-11-13', '2026-11-10')).toBe('draft');
    expect(statusOn('cancelled', '2026-11-08', '2026-11-13', '2026-11-10')).toBe('cancelled');
    expect(statusOn('completed', '2026-11-08', '2026-11-13', '2026-11-13')).toBe('completed');
    expect(() => statusOn('published', '2026-11-08', '2026-11-13', '2026-11-1')).toThrow(RangeError);
  });
});
