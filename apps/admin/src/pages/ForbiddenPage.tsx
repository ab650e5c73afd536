import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StatusPage } from './StatusPage';

/** 403: the user is signed in but lacks the permission the page needs. */
export default function ForbiddenPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <StatusPage status="403" title={t('errors.forbiddenTitle')} hint={t('errors.forbiddenHint')} action={t('errors.backHome')} onAction={() => navigate('/')} />
  );
}
