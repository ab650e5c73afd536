import { describe, expect, it } from 'vitest';
import { PermissionRegistry, ScopeService, type Actor, type ActorAssignment, type PermissionDefinition } from '../../../src/index.js';
import { outermostPrefixes, prefixUpperBound } from '../../../src/platform/access/scope.service.js';

const DEFINITIONS: PermissionDefinition[] = [
  { code: 'probe.read', description: 'read', grantedTo: ['bureau_officer', 'school_coordinator', 'teacher'] },
  { code: 'probe.other', description: 'other', grantedTo: ['inspector'] },
];

const scope = new ScopeService(new PermissionRegistry(DEFINITIONS));

let n = 0;
function assignment(role: ActorAssignment['role'], scopeKind: ActorAssignment['scopeKind'], path: string | null = null): ActorAssignment {
  return { id: `a${++n}`, role, scopeKind, regionId: null, organisationId: null, path };
}

function actor(...assignments: ActorAssignment[]): Actor {
  return { userId: 'u1', username: 'u1', displayName: 'u1', locale: 'zh-CN', via: 'session', sessionId: null, mustChangePassword: false, assignments, permissions: new Set() };
}

const COUNTY = '/43/4399/439901/';
const SCHOOL = `${COUNTY}0190a1b2-0000-7000-8000-000000000001/`;

describe('ScopeService.coversPath', () => {
  it('a global holder covers every path, even none', () => {
    const admin = actor(assignment('admin', 'global'));
    expect(scope.coversPath(admin, 'probe.read', '/44/')).toBe(true);
    expect(scope.coversPath(admin, 'probe.read', null)).toBe(true);
  });

  it('a region covers its own path and everything below it, not its siblings or look-alike codes', () => {
    const officer = actor(assignment('bureau_officer', 'region', COUNTY));
    expect(scope.coversPath(officer, 'probe.read', COUNTY)).toBe(true);
    expect(scope.coversPath(officer, 'probe.read', SCHOOL)).toBe(true);
    expect(scope.coversPath(officer, 'probe.read', '/43/4399/439902/')).toBe(false);
    expect(scope.coversPath(officer, 'probe.read', '/43/4399/4399011/')).toBe(false);
    expect(scope.coversPath(officer, 'probe.read', '/43/4399/')).toBe(false);
  });

  it('a multi-party row is covered when any party is', () => {
    const officer = actor(assignment('bureau_officer', 'region', COUNTY));
    expect(scope.coversPath(officer, 'probe.read', '/43/4399/439902/x/', SCHOOL)).toBe(true);
    expect(scope.coversPath(officer, 'probe.read', '/43/4399/439902/x/', null, undefined)).toBe(false);
    expect(scope.coversPath(officer, 'probe.read')).toBe(false);
  });

  it('an organisation covers what it manages', () => {
    const coordinator = actor(assignment('school_coordinator', 'organisation', SCHOOL));
    expect(scope.coversPath(coordinator, 'probe.read', `${SCHOOL}tp/`)).toBe(true);
    expect(scope.coversPath(coordinator, 'probe.read', COUNTY)).toBe(false);
  });

  it('only assignments whose role grants the permission count', () => {
    const both = actor(assignment('inspector', 'region', COUNTY), assignment('teacher', 'own'));
    expect(scope.coversPath(both, 'probe.read', SCHOOL)).toBe(false);
    expect(scope.coversPath(both, 'probe.other', SCHOOL)).toBe(true);
    expect(scope.grants(both, 'probe.read').map((a) => a.role)).toEqual(['teacher']);
  });

  it('own and assignments scopes cover no path', () => {
    expect(scope.coversPath(actor(assignment('teacher', 'own')), 'probe.read', SCHOOL)).toBe(false);
  });

  it('isGlobal and pathPrefixes follow the granting assignments', () => {
    const a = actor(assignment('bureau_officer', 'region', COUNTY), assignment('school_coordinator', 'organisation', SCHOOL), assignment('inspector', 'region', '/44/'));
    expect(scope.isGlobal(a, 'probe.read')).toBe(false);
    expect(scope.pathPrefixes(a, 'probe.read')).toEqual([COUNTY, SCHOOL]);
    expect(scope.isGlobal(actor(assignment('admin', 'global')), 'probe.read')).toBe(true);
  });
});

describe('path prefix helpers', () => {
  it('the upper bound is the first string after every string with the prefix', () => {
    expect(prefixUpperBound(COUNTY)).toBe('/43/4399/4399010');
    expect(SCHOOL >= COUNTY && SCHOOL < prefixUpperBound(COUNTY)).toBe(true);
    expect('/43/4399/4399011/' < prefixUpperBound(COUNTY)).toBe(false);
    expect(() => prefixUpperBound('')).toThrow(RangeError);
  });

  it('keeps only the outermost of nested prefixes', () => {
    expect(outermostPrefixes([SCHOOL, COUNTY, '/43/4399/439902/', COUNTY])).toEqual([COUNTY, '/43/4399/439902/']);
  });
});
