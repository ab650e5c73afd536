import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { StatusPage } from '../pages/StatusPage';

/** A page that failed to load or render (often: a new version was deployed; reloading helps). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (error) console.error(error);
  return (
    <StatusPage
      status="error"
      title={t('errors.pageFailedTitle')}
      hint={t('errors.pageFailedHint')}
      action={t('errors.reload')}
      onAction={() => window.location.reload()}
    />
  );
}
