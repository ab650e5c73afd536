import { lazy, Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '@schoolbridge/ui';
import { PageSkeleton } from './PageSkeleton';
import { loginPath, safeNext } from './paths';

const ChangePasswordPage = lazy(() => import('../pages/account/ChangePasswordPage'));

/**
 * Everything but the login page sits under this: without a session it sends the user to the
 * login page (and back afterwards); while a password change is required, only that page shows.
 */
export function RequireAuth() {
  const { status, me } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <PageSkeleton fullPage />;
  if (!me) {
    if (status === 'signedOut') return <Navigate to="/login" replace />;
    return <Navigate to={loginPath(location.pathname, location.search)} replace state={status === 'expired' ? { expired: true } : undefined} />;
  }
  if (me.user.mustChangePassword) {
    const params = new URLSearchParams(location.search);
    if (location.pathname !== '/account/password' || params.get('forced') !== '1') {
      const here = `${location.pathname}${location.search}`;
      const next = location.pathname === '/account/password' ? params.get('next') : here;
      const target = `/account/password?forced=1${next && next !== '/' ? `&next=${encodeURIComponent(next)}` : ''}`;
      return <Navigate to={target} replace />;
    }
    return (
      <Suspense fallback={<PageSkeleton fullPage />}>
        <ChangePasswordPage />
      </Suspense>
    );
  }
  // the forced change is done: continue to the page the user was going to
  if (location.pathname === '/account/password' && new URLSearchParams(location.search).get('forced') === '1') {
    return <Navigate to={safeNext(new URLSearchParams(location.search).get('next'))} replace />;
  }
  return <Outlet />;
}
