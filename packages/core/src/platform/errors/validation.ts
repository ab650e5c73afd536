import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError, type FieldError } from './problem.js';

function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const constraints = Object.keys(e.constraints ?? {});
    // a missing value is one error ("required"), not one per rule it would have to meet
    if ((e.value === undefined || e.value === null) && constraints.length > 0 && !constraints.includes('whitelistValidation') && !constraints.includes('isOptional')) {
      out.push({ field, code: 'validation.required' });
      continue;
    }
    for (const constraint of constraints) {
      if (constraint === 'whitelistValidation') {
        out.push({ field, code: 'validation.unknownField', params: { field } });
      } else if (constraint === 'isDefined' || constraint === 'isNotEmpty') {
        out.push({ field, code: 'validation.required' });
      } else {
        const ctx = e.contexts?.[constraint] as { code?: string } | undefined;
        out.push({ field, code: ctx?.code ?? `validation.${constraint}`, params: { constraint } });
      }
    }
    if (e.children?.length) out.push(...toFieldErrors(e.children, field));
  }
  return out;
}

/** The one validation pipe: unknown fields are refused by name, values are transformed to DTOs. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => new AppError(400, 'validation.failed', {}, toFieldErrors(errors)),
  });
}
