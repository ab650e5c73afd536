import { describe, expect, it } from 'vitest';
import { assignmentShape, grantProblems, userWithin, type ManagerReach } from '../../../src/platform/auth/rules/assignment-rules.js';

const COUNTY = '/43/4399/439901/';
const SCHOOL = `${COUNTY}0190aaaa-0000-7000-8000-000000000001/`;
const OTHER_COUNTY = '/43/4399/439902/';

const global: ManagerReach = { global: true, prefixes: [] };
const county: ManagerReach = { global: false, prefixes: [COUNTY] };

describe('assignment rules', () => {
  it('gives each role its default scope kind and drops ids the kind does not use', () => {
    expect(assignmentShape({ role: 'teacher', regionId: 'r' })).toEqual({ shape: { role: 'teacher', scopeKind: 'own', regionId: null, organisationId: null }, errors: [] });
    expect(assignmentShape({ role: 'centre_coordinator', organisationId: 'o', regionId: 'r' }).shape).toEqual({ role: 'centre_coordinator', scopeKind: 'organisation', regionId: null, organisationId: 'o' });
    expect(assignmentShape({ role: 'centre_coordinator', scopeKind: 'region', regionId: 'r' }).shape).toMatchObject({ scopeKind: 'region', regionId: 'r' });
    expect(assignmentShape({ role: 'admin' }).shape).toMatchObject({ scopeKind: 'global' });
  });

  it('names the field at fault, under a prefix for lists', () => {
    expect(assignmentShape({ role: 'bureau_officer' }, 'assignments.2.').errors).toEqual([{ field: 'assignments.2.regionId', code: 'validation.required' }]);
    expect(assignmentShape({ role: 'school_coordinator', scopeKind: 'region', regionId: 'r' }).errors).toEqual([
      { field: 'scopeKind', code: 'access.scope.notForRole', params: { role: 'school_coordinator', scopeKind: 'region' } },
    ]);
    expect(assignmentShape({ role: 'admin', scopeKind: 'region', regionId: 'r' }).errors[0]!.code).toBe('access.scope.notForRole');
    expect(assignmentShape({ role: 'janitor' }).errors).toEqual([{ field: 'role', code: 'access.role.unknown' }]);
  });

  it('lets a global manager grant anything', () => {
    expect(grantProblems({ role: 'admin', scopeKind: 'global', regionId: null, organisationId: null }, null, global)).toEqual([]);
    expect(grantProblems({ role: 'inspector', scopeKind: 'region', regionId: 'r', organisationId: null }, OTHER_COUNTY, global)).toEqual([]);
  });

  it('keeps a region-scoped manager within their region, and away from the administrator role', () => {
    expect(grantProblems({ role: 'admin', scopeKind: 'global', regionId: null, organisationId: null }, null, county)).toEqual([{ field: 'role', code: 'access.assignment.adminOnly', params: { role: 'admin' } }]);
    expect(grantProblems({ role: 'inspector', scopeKind: 'region', regionId: 'r', organisationId: null }, COUNTY, county)).toEqual([]);
    expect(grantProblems({ role: 'principal', scopeKind: 'organisation', regionId: null, organisationId: 'o' }, SCHOOL, county)).toEqual([]);
    expect(grantProblems({ role: 'inspector', scopeKind: 'region', regionId: 'r', organisationId: null }, OTHER_COUNTY, county, 'assignments.0.')).toEqual([
      { field: 'assignments.0.regionId', code: 'access.scope.beyondCaller' },
    ]);
    // the city above the county is wider than the manager's own scope
    expect(grantProblems({ role: 'inspector', scopeKind: 'region', regionId: 'r', organisationId: null }, '/43/4399/', county)).toHaveLength(1);
    expect(grantProblems({ role: 'principal', scopeKind: 'organisation', regionId: null, organisationId: 'o' }, `${OTHER_COUNTY}x/`, county)[0]!.field).toBe('organisationId');
    // own-records and assignments scopes name no place: the user's placement decides
    expect(grantProblems({ role: 'teacher', scopeKind: 'own', regionId: null, organisationId: null }, null, county)).toEqual([]);
  });

  it('places a user within a manager’s reach through any region or organisation assignment', () => {
    expect(userWithin(county, [null, SCHOOL])).toBe(true);
    expect(userWithin(county, [OTHER_COUNTY])).toBe(false);
    expect(userWithin(county, [])).toBe(false);
    expect(userWithin(global, [])).toBe(true);
    // a prefix match is by whole path segments: 4399010 is not under 439901
    expect(userWithin({ global: false, prefixes: ['/43/4399/439901/'] }, ['/43/4399/4399010/'])).toBe(false);
  });
});
