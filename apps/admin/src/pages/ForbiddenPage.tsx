import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '@schoolbridge/ui';

/** 403: the user is signed in but lacks the permission the page needs. */
export default function ForbiddenPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('errors.forbiddenTitle'));
  return (
    <Result
      status="403"
      title={
        <h1 data-testid="page-title" className="sb-result-title">
          {t('errors.forbiddenTitle')}
        </h1>
      }
      subTitle={t('errors.forbiddenHint')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('errors.backHome')}
        </Button>
      }
    />
  );
}
