import { describe, expect, it } from 'vitest';
import { isId, newId } from '../src/ids.js';

describe('ids', () => {
  it('makes UUIDv7 ids', () => {
    const id = newId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isId(id)).toBe(true);
  });

  it('carries the creation time in its first 48 bits', () => {
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    const ms = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(after);
  });

  it('is time-ordered and unique, even within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('tells ids from other values', () => {
    expect(isId('not-an-id')).toBe(false);
    expect(isId(42)).toBe(false);
    expect(isId(null)).toBe(false);
    expect(isId('0192f0c1-0000-7000-8000-00000000000')).toBe(false);
  });
});
