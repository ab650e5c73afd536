/**
 * The time-dependent states of canteens and food handlers, derived when read from `today`
 * (never stored): a licence or health certificate is 'expiring' within DUE_SOON_DAYS of its
 * expiry day (which is still valid), 'expired' after it; training is valid for the configured
 * number of days after the training day.
 */
import { addDays, type CalendarDate } from '@schoolbridge/shared';
import type { FieldError } from '@schoolbridge/core';

/**
 * Days ahead a licence or certificate counts as expiring (the issue: "expiring within 30 days"),
 * unless the settings say otherwise: the services pass FoodSafetySettings' `dueSoonDays`; the
 * training validity is its `trainingValidityDays` (365 by default).
 */
export const DUE_SOON_DAYS = 30;

export const VALIDITY_STATES = ['valid', 'expiring', 'expired', 'none'] as const;
export type ValidityState = (typeof VALIDITY_STATES)[number];

/** A licence's or certificate's state on `today`; 'none' when no expiry day is recorded. */
export function validityState(expiresOn: CalendarDate | null, today: CalendarDate, dueSoonDays = DUE_SOON_DAYS): ValidityState {
  if (!expiresOn) return 'none';
  if (expiresOn < today) return 'expired';
  if (expiresOn <= addDays(today, dueSoonDays)) return 'expiring';
  return 'valid';
}

/** The last day a training taken on `trainedOn` counts. */
export function trainingValidUntil(trainedOn: CalendarDate, validityDays: number): CalendarDate {
  return addDays(trainedOn, validityDays);
}

export function trainingState(trainedOn: CalendarDate | null, today: CalendarDate, validityDays: number): ValidityState {
  return trainedOn ? validityState(trainingValidUntil(trainedOn, validityDays), today) : 'none';
}

/**
 * Why a handler may not be on duty on `today` (empty: they may): the health certificate must be
 * recorded and not expired, the training recorded and within its validity. Field errors name the
 * field to fix, for a 409 refusal or the warning on a handler already on duty.
 */
export function dutyProblems(
  h: { healthCertExpiresOn: CalendarDate | null; trainedOn: CalendarDate | null },
  today: CalendarDate,
  validityDays: number,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!h.healthCertExpiresOn) errors.push({ field: 'healthCertExpiresOn', code: 'foodSafety.handler.certMissing', params: {} });
  else if (h.healthCertExpiresOn < today)
    errors.push({ field: 'healthCertExpiresOn', code: 'foodSafety.handler.certExpired', params: { date: h.healthCertExpiresOn } });
  if (!h.trainedOn) errors.push({ field: 'trainedOn', code: 'foodSafety.handler.trainingMissing', params: {} });
  else if (h.trainedOn > today) errors.push({ field: 'trainedOn', code: 'foodSafety.handler.trainingInFuture', params: { date: h.trainedOn } });
  else {
    const until = trainingValidUntil(h.trainedOn, validityDays);
    if (until < today)
      errors.push({ field: 'trainedOn', code: 'foodSafety.handler.trainingExpired', params: { date: h.trainedOn, until, days: validityDays } });
  }
  return errors;
}
