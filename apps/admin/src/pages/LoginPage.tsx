import { useState } from 'react';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { problemOf, useAuth, usePageTitle } from '@schoolbridge/ui';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { PageSkeleton } from '../shell/PageSkeleton';
import { safeNext } from '../shell/paths';

interface LoginValues {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { status, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const expired = (location.state as { expired?: boolean } | null)?.expired === true;
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  usePageTitle(t('login.title'));

  if (status === 'loading') return <PageSkeleton fullPage />;
  if (status === 'signedIn' && !submitting) return <Navigate to={next} replace />;

  const onFinish = async (values: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await signIn(values.username.trim(), values.password);
      void navigate(next, { replace: true });
    } catch (err) {
      const problem = problemOf(err);
      setError(problem?.status === 0 || !problem ? t('errors.network') : (problem.detail ?? problem.title));
      setSubmitting(false);
    }
  };

  return (
    <div className="sb-login">
      <div className="sb-login-top">
        <LanguageSwitch />
      </div>
      <main className="sb-login-main">
        <Card className="sb-login-card" variant="borderless" styles={{ body: { padding: '32px 28px' } }}>
          <div style={{ textAlign: 'center', marginBottom: 24 }}>
            <span className="sb-brand-mark" aria-hidden style={{ width: 44, height: 44, fontSize: 18, borderRadius: 10 }}>
              SB
            </span>
            <Typography.Title level={1} data-testid="page-title" style={{ fontSize: 26, margin: '12px 0 4px', lineHeight: 1.3 }}>
              <span style={{ display: 'block' }}>{t('app.shortName')}</span>
              <span style={{ display: 'block', fontSize: 20, fontWeight: 500 }}>{t('app.tagline')}</span>
            </Typography.Title>
            <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
          </div>
          {expired && !error ? <Alert type="info" showIcon title={t('login.expired')} style={{ marginBottom: 16 }} /> : null}
          <Form<LoginValues> layout="vertical" requiredMark={false} onFinish={(v) => void onFinish(v)} disabled={submitting} size="large">
            <Form.Item label={t('login.username')} name="username" rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
              <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus data-testid="login-username" />
            </Form.Item>
            <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" data-testid="login-password" />
            </Form.Item>
            {error ? <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} data-testid="login-error" /> : null}
            <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
              {t('login.submit')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
            {t('login.forgotHint')}
          </Typography.Paragraph>
        </Card>
      </main>
      <footer className="sb-login-footer">{t('login.footer')}</footer>
    </div>
  );
}
