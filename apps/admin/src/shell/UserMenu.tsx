import { DownOutlined, KeyOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '@schoolbridge/ui';

/** The user's name in the header, with 修改密码, 个人令牌 and 退出登录. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me, signOut } = useAuth();
  const name = me?.user.displayName ?? '';
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'password', icon: <LockOutlined />, label: <span data-testid="menu-change-password">{t('shell.changePassword')}</span> },
          { key: 'tokens', icon: <KeyOutlined />, label: <span data-testid="menu-api-tokens">{t('shell.apiTokens')}</span> },
          { type: 'divider' },
          { key: 'signOut', icon: <LogoutOutlined />, danger: true, label: <span data-testid="sign-out">{t('shell.signOut')}</span> },
        ],
        onClick: ({ key }) => {
          if (key === 'password') void navigate('/account/password');
          else if (key === 'tokens') void navigate('/account/tokens');
          else if (key === 'signOut') void signOut().then(() => navigate('/login', { replace: true }));
        },
      }}
    >
      <Button type="text" data-testid="user-menu" aria-label={t('shell.userMenu', { name })} style={{ paddingInline: 6 }}>
        <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#0958d9' }} aria-hidden />
        {compact ? null : (
          <>
            <span className="sb-user-name">{name}</span>
            <DownOutlined style={{ fontSize: 10 }} aria-hidden />
          </>
        )}
      </Button>
    </Dropdown>
  );
}
