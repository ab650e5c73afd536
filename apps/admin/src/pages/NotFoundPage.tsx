import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StatusPage } from './StatusPage';

/** 404: no page at this address (or a page of a plugin that is not enabled). */
export default function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <StatusPage status="404" title={t('errors.notFoundTitle')} hint={t('errors.notFoundHint')} action={t('errors.backHome')} onAction={() => navigate('/')} />
  );
}
