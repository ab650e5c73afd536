import { describe, expect, it } from 'vitest';
import { SnakeNamingStrategy } from '../../../src/platform/db/naming.js';

describe('SnakeNamingStrategy', () => {
  const n = new SnakeNamingStrategy();

  it('puts camelCase properties in snake_case columns', () => {
    expect(n.columnName('createdAt', undefined, [])).toBe('created_at');
    expect(n.columnName('managerOrganisationId', undefined, [])).toBe('manager_organisation_id');
    expect(n.columnName('id', undefined, [])).toBe('id');
    expect(n.columnName('httpURLPath', undefined, [])).toBe('http_url_path');
    expect(n.columnName('line2Text', undefined, [])).toBe('line2_text');
  });

  it('keeps an explicit name and prefixes embedded columns', () => {
    expect(n.columnName('x', 'custom_name', [])).toBe('custom_name');
    expect(n.columnName('postCode', undefined, ['homeAddress'])).toBe('home_address_post_code');
  });

  it('names join and join-table columns in snake_case', () => {
    expect(n.joinColumnName('parentRegion', 'id')).toBe('parent_region_id');
    expect(n.joinTableColumnName('twinning_pair', 'schoolId')).toBe('twinning_pair_school_id');
    expect(n.joinTableColumnName('twinning_pair', 'id', 'subjectCode')).toBe('twinning_pair_subject_code');
  });
});
