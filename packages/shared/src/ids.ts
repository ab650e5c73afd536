import { v7 as uuidv7, validate as uuidValidate } from 'uuid';

/** Every row id is a UUIDv7 made by the application: time-ordered, so indexes stay compact. */
export function newId(): string {
  return uuidv7();
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && uuidValidate(value);
}
