import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiForm, PageTitle, apiFetch, useAuth, usePageTitle } from '@schoolbridge/ui';
import { LanguageSwitch } from '../../shell/LanguageSwitch';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

function PasswordForm() {
  const { t } = useTranslation();
  const { me, refresh } = useAuth();
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('password.rulesTitle')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="password-rules">
            <li>{t('password.ruleLength')}</li>
            <li>{t('password.ruleLettersDigits')}</li>
            <li>{t('password.ruleNoUsername', { username: me?.user.username ?? '' })}</li>
            <li>{t('password.ruleDifferent')}</li>
          </ul>
        }
      />
      <ApiForm<PasswordValues>
        layout="vertical"
        guardUnsaved={false}
        submitLabel={t('password.submit')}
        successMessage={t('password.changed')}
        fieldLabels={{ currentPassword: t('password.current'), newPassword: t('password.new') }}
        onSubmit={({ currentPassword, newPassword }) => apiFetch('/api/auth/password', { method: 'POST', json: { currentPassword, newPassword } })}
        onSuccess={() => {
          // a forced change continues to the page the user was going to (RequireAuth) once /me says so
          void refresh();
        }}
      >
        <Form.Item label={t('password.current')} name="currentPassword" rules={[{ required: true, message: t('password.currentRequired') }]}>
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          label={t('password.new')}
          name="newPassword"
          rules={[
            { required: true, message: t('password.newRequired') },
            { min: 8, message: t('password.ruleLength') },
            { pattern: /(?=.*[A-Za-z])(?=.*\d)/, message: t('password.ruleLettersDigits') },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          label={t('password.confirm')}
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value: string) =>
                !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
      </ApiForm>
    </>
  );
}

/**
 * 修改密码. With `?forced=1` (after a reset or a generated first password) it stands alone, with
 * nothing else reachable, and continues to `?next=` when done.
 */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { signOut } = useAuth();
  const forced = params.get('forced') === '1';
  usePageTitle(t('password.title'));

  if (!forced) {
    return (
      <div>
        <PageTitle title={t('password.title')} />
        <Card style={{ maxWidth: 640 }}>
          <PasswordForm />
        </Card>
      </div>
    );
  }
  return (
    <div className="sb-login">
      <div className="sb-login-top">
        <LanguageSwitch />
      </div>
      <main className="sb-login-main">
        <Card className="sb-login-card" style={{ maxWidth: 480 }} variant="borderless">
          <Typography.Title level={1} data-testid="page-title" style={{ fontSize: 22, marginTop: 0 }}>
            {t('password.forcedTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('password.forcedHint')}</Typography.Paragraph>
          <PasswordForm />
          <Button type="link" style={{ paddingInline: 0 }} onClick={() => void signOut().then(() => navigate('/login', { replace: true }))}>
            {t('shell.signOut')}
          </Button>
        </Card>
      </main>
    </div>
  );
}
