/**
 * The server's clock as the browser sees it (ARCHITECTURE §4: every "now" and "today" comes from
 * one clock). `/api/meta` says the server's time; the difference to the device's clock is kept,
 * so a phone whose clock is off, or a journey run against a server with a fixed date, still
 * agrees with the server on what "today" is.
 */
let offsetMs = 0;
let zone = 'Asia/Shanghai';

export function setServerClock(serverNow: string | undefined, timeZone?: string): void {
  const at = serverNow ? Date.parse(serverNow) : NaN;
  if (!Number.isNaN(at)) offsetMs = at - Date.now();
  if (timeZone) zone = timeZone;
}

/** Milliseconds since the epoch, by the server's clock. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

/** The deployment's time zone (Asia/Shanghai unless the server says otherwise). */
export function serverTimeZone(): string {
  return zone;
}

/** Today (YYYY-MM-DD) in the deployment's time zone, by the server's clock. */
export function serverToday(now: number = serverNow()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
