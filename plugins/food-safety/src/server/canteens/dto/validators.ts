import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '@schoolbridge/shared';

/** A calendar date 'YYYY-MM-DD' that exists (2026-02-30 does not). Code: validation.isCalendarDate. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      ...(options ? { options } : {}),
      validator: { validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value) },
    });
}

/** Query-string booleans: 'true' / 'false'. */
export const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);
