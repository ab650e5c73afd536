/**
 * Who is signed in: `/api/auth/me` through TanStack Query, with sign-in, sign-out and the
 * permission checks every page uses. A 401 from any request marks the session as expired
 * (the shell then sends the user to the login page, and back afterwards).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '@schoolbridge/shared';
import type { components } from '@schoolbridge/api-client';
import { isProblemError } from '../kit/problem';
import { apiFetch, onPasswordChangeRequired, onUnauthorized, setCsrfToken } from './api';
import { switchLanguage } from './i18n';

export type Me = components['schemas']['MeDto'];
export type MeUser = Me['user'];

/**
 * `loading`: /me not answered yet; `signedIn`; `anonymous`: never signed in on this page load;
 * `expired`: a request answered 401 (sign in again, then come back); `signedOut`: the user signed out.
 */
export type AuthStatus = 'loading' | 'signedIn' | 'anonymous' | 'expired' | 'signedOut';

export interface AuthContextValue {
  me: Me | null;
  status: AuthStatus;
  permissions: ReadonlySet<string>;
  /** Role codes of the user's assignments, each once, in order. */
  roles: string[];
  /** True when the user holds `permission` (or when none is asked for). */
  can(permission?: string | null): boolean;
  signIn(username: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
  /** Reloads /me (after a password change, a role change). */
  refresh(): Promise<Me | null>;
  /** Replaces the cached /me with an answer the caller already has (PATCH /me). */
  setMe(me: Me): void;
}

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** The language chosen on the login page before signing in, to be kept for the user afterwards. */
const CHOSEN_KEY = 'sb.locale.chosen';

export function rememberChosenLanguage(language: Locale): void {
  try {
    globalThis.sessionStorage?.setItem(CHOSEN_KEY, language);
  } catch {
    // storage unavailable: the user's saved language wins after sign-in
  }
}

function takeChosenLanguage(): Locale | null {
  try {
    const v = globalThis.sessionStorage?.getItem(CHOSEN_KEY);
    globalThis.sessionStorage?.removeItem(CHOSEN_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

const AuthContext = createContext<AuthContextValue | null>(null);

async function fetchMe(): Promise<Me | null> {
  try {
    return await apiFetch<Me>('/api/auth/me');
  } catch (err) {
    if (isProblemError(err) && err.status === 401) return null;
    throw err;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const [reason, setReason] = useState<'anonymous' | 'expired' | 'signedOut'>('anonymous');
  const query = useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false, refetchOnWindowFocus: false });
  const me = query.data ?? null;

  useEffect(() => {
    if (me) setCsrfToken(me.csrfToken);
  }, [me]);

  // The user's saved language applies once they are known, and when it changes. Only then: the
  // `i18n` react-i18next hands out is a new wrapper after every language change, and reacting to
  // that would switch a language just chosen back before its PATCH has answered.
  const userLocale = me?.user.locale;
  const i18nRef = useRef(i18n);
  i18nRef.current = i18n;
  useEffect(() => {
    const current = i18nRef.current;
    if (isLocale(userLocale) && current.language !== userLocale) void switchLanguage(current, userLocale);
  }, [userLocale]);

  useEffect(() => {
    const offUnauthorized = onUnauthorized(() => {
      if (!queryClient.getQueryData(ME_QUERY_KEY)) return;
      setReason('expired');
      setCsrfToken(null);
      queryClient.setQueryData(ME_QUERY_KEY, null);
    });
    const offPassword = onPasswordChangeRequired(() => {
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    });
    return () => {
      offUnauthorized();
      offPassword();
    };
  }, [queryClient]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      let signedIn = await apiFetch<Me>('/api/auth/login', { method: 'POST', json: { username, password } });
      setCsrfToken(signedIn.csrfToken);
      const chosen = takeChosenLanguage();
      if (chosen && chosen !== signedIn.user.locale) {
        try {
          signedIn = await apiFetch<Me>('/api/auth/me', { method: 'PATCH', json: { locale: chosen } });
        } catch {
          // the language is a preference: signing in still succeeded
        }
      }
      // a different user may sign in: nothing cached for the previous one is kept
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, signedIn);
      setReason('anonymous');
      return signedIn;
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await apiFetch('/api/auth/logout', { method: 'POST' });
    } catch {
      // an expired session is signed out already
    }
    setReason('signedOut');
    setCsrfToken(null);
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
    queryClient.setQueryData(ME_QUERY_KEY, null);
  }, [queryClient]);

  const refresh = useCallback(async () => {
    const fresh = await fetchMe();
    queryClient.setQueryData(ME_QUERY_KEY, fresh);
    return fresh;
  }, [queryClient]);

  const setMe = useCallback((next: Me) => queryClient.setQueryData(ME_QUERY_KEY, next), [queryClient]);

  const value = useMemo<AuthContextValue>(() => {
    const permissions = me ? new Set(me.permissions) : EMPTY;
    const roles = me ? [...new Set(me.assignments.map((a) => a.role))] : [];
    const status: AuthStatus = query.isPending ? 'loading' : me ? 'signedIn' : reason;
    return {
      me,
      status,
      permissions,
      roles,
      can: (permission) => !permission || permissions.has(permission),
      signIn,
      signOut,
      refresh,
      setMe,
    };
  }, [me, query.isPending, reason, signIn, signOut, refresh, setMe]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The signed-in user and the auth actions; throws outside an AuthProvider. */
export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth() needs an <AuthProvider> above it');
  return ctx;
}

/** Like useAuth, but null outside an AuthProvider (for kit components used on both sides). */
export function useOptionalAuth(): AuthContextValue | null {
  return useContext(AuthContext);
}
