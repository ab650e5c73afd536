import { In, type EntityManager } from 'typeorm';
import { problems, User, type FieldError } from '@schoolbridge/core';
import { textOrNull } from './validators.js';

export interface PersonInput {
  userId?: string | null;
  name?: string;
  agency?: string | null;
}

export interface Person {
  userId: string | null;
  name: string;
  agency: string | null;
}

/**
 * People of a team or an inspection: a user (whose display name is the default name) or a person of
 * another agency by name only. A user appears once; errors are named `<field>.<index>.<prop>`.
 */
export async function resolvePeople<T extends PersonInput>(m: EntityManager, input: T[], field: string): Promise<(Person & { input: T })[]> {
  const userIds = [...new Set(input.map((x) => x.userId).filter((x): x is string => !!x))];
  const users = userIds.length ? new Map((await m.find(User, { where: { id: In(userIds) } })).map((u) => [u.id, u])) : new Map<string, User>();
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const out = input.map((x, i) => {
    const user = x.userId ? users.get(x.userId) : undefined;
    if (x.userId && !user) errors.push({ field: `${field}.${i}.userId`, code: 'foodSafety.userNotFound' });
    if (x.userId && seen.has(x.userId)) errors.push({ field: `${field}.${i}.userId`, code: 'foodSafety.personTwice' });
    if (x.userId) seen.add(x.userId);
    const name = (x.name?.trim() || user?.displayName?.trim() || '').slice(0, 50);
    if (!name) errors.push({ field: `${field}.${i}.name`, code: 'validation.required' });
    return { userId: x.userId ?? null, name, agency: textOrNull(x.agency), input: x };
  });
  if (errors.length) throw problems.validation(errors);
  return out;
}
