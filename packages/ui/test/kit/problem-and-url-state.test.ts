import { describe, expect, it } from 'vitest';
import { fieldPath, isProblem, isProblemError, problemOf, ProblemError } from '../../src/kit/problem';
import { parseSort, readTableState, toListParams, writeTableState } from '../../src/kit/data-table/url-state';
import type { FilterDef } from '../../src/kit/data-table/types';

describe('problem', () => {
  const doc = {
    type: 'about:blank',
    title: '提交的内容有误',
    status: 400,
    detail: '请检查标出的内容',
    code: 'validation.failed',
    errors: [{ field: 'a.b', code: 'x', message: 'm' }],
  };

  it('recognises problem documents and rejects other shapes', () => {
    expect(isProblem(doc)).toBe(true);
    expect(isProblem({ status: 500, title: '错误' })).toBe(true);
    expect(isProblem({ status: '400', title: 'x' })).toBe(false);
    expect(isProblem({ status: 400, title: 'x', errors: 'no' })).toBe(false);
    expect(isProblem({ status: 400, title: 'x', errors: [{ code: 'no field' }] })).toBe(false);
    expect(isProblem(null)).toBe(false);
    expect(isProblem(new Error('x'))).toBe(false);
  });

  it('carries the document in a ProblemError', () => {
    const err = new ProblemError(doc);
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toBe('请检查标出的内容');
    expect(err.status).toBe(400);
    expect(err.code).toBe('validation.failed');
    expect(err.fieldErrors).toHaveLength(1);
    expect(isProblemError(err)).toBe(true);
    expect(problemOf(err)).toBe(doc);
    expect(problemOf(doc)).toBe(doc);
    expect(problemOf(new Error('x'))).toBeNull();
  });

  it('turns dotted fields into form name paths', () => {
    expect(fieldPath('name')).toEqual(['name']);
    expect(fieldPath('address.city')).toEqual(['address', 'city']);
    expect(fieldPath('items.0.amount')).toEqual(['items', 0, 'amount']);
  });
});

describe('table URL state', () => {
  const filters: FilterDef[] = [
    { type: 'text', name: 'q', label: 'q' },
    { type: 'select', name: 'status', label: 's', options: [], multiple: true },
    { type: 'dateRange', name: 'date', label: 'd', from: 'from', to: 'to' },
  ];

  it('reads defaults from an empty URL and caps the page size', () => {
    expect(readTableState(new URLSearchParams(''), filters)).toEqual({ page: 1, pageSize: 20, sort: undefined, filters: {} });
    expect(readTableState(new URLSearchParams('pageSize=5000&page=-2'), filters)).toMatchObject({ page: 1, pageSize: 200 });
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    const next = writeTableState(
      new URLSearchParams('tab=x&q=old&page=4'),
      { page: 1, pageSize: 20, sort: undefined, filters: { status: 'a,b', from: '2026-01-01' } },
      filters,
    );
    expect(next.toString()).toBe('tab=x&status=a%2Cb&from=2026-01-01');
    expect(toListParams(readTableState(next, filters))).toEqual({ page: 1, pageSize: 20, status: 'a,b', from: '2026-01-01' });
  });

  it('keeps a prefixed table apart from another', () => {
    const next = writeTableState(new URLSearchParams('page=3'), { page: 2, pageSize: 50, sort: '-name', filters: { q: '张' } }, filters, { prefix: 't2.' });
    expect(next.get('page')).toBe('3');
    expect(readTableState(next, filters, { prefix: 't2.' })).toEqual({ page: 2, pageSize: 50, sort: '-name', filters: { q: '张' } });
  });

  it('remembers that the user cleared a default sort', () => {
    const next = writeTableState(new URLSearchParams(''), { page: 1, pageSize: 20, sort: undefined, filters: {} }, filters, { defaultSort: '-createdAt' });
    expect(readTableState(next, filters, { defaultSort: '-createdAt' }).sort).toBeUndefined();
    expect(readTableState(new URLSearchParams(''), filters, { defaultSort: '-createdAt' }).sort).toBe('-createdAt');
  });

  it('parses sort terms', () => {
    expect(parseSort('name,-createdAt')).toEqual([
      { key: 'name', order: 'ascend' },
      { key: 'createdAt', order: 'descend' },
    ]);
    expect(parseSort(undefined)).toEqual([]);
  });
});
