/** `/login?next=<path+search>` for the page the user is on (no `next` for the home page). */
export function loginPath(pathname: string, search: string): string {
  const here = `${pathname}${search}`;
  return here === '/' || here === '' ? '/login' : `/login?next=${encodeURIComponent(here)}`;
}

/** Only paths inside the admin: `next` must never send the user to another site. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return '/';
  return next;
}
