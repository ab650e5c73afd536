import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Modal, Popconfirm, Radio, Select, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiForm, DateText, DetailLayout, EmptyState, PageSkeleton, problemOf, useAuth, usePageTitle } from '@schoolbridge/ui';
import { DIRECTORY_READ, USERS_MANAGE, usersApi, usersKeys, type User, type UserAssignment } from './api';
import { AssignmentFields, assignmentBody } from './AssignmentFields';
import { OneTimePasswordModal, USER_STATUS, useAssignmentWords } from './shared';

interface BasicValues {
  displayName: string;
  status: 'active' | 'disabled';
  locale: 'zh-CN' | 'en';
}

/** 基本信息: name, status and language, saved with the version the page loaded. */
function BasicTab({ user, manage, onSaved }: { user: User; manage: boolean; onSaved: (user: User) => void }) {
  const { t } = useTranslation();
  if (!manage) return <Alert type="info" showIcon title={t('users.readOnly')} />;
  return (
    <ApiForm<BasicValues>
      initialValues={{ displayName: user.displayName, status: user.status as BasicValues['status'], locale: user.locale as BasicValues['locale'] }}
      onSubmit={(v) => usersApi.update(user.id, { displayName: v.displayName.trim(), status: v.status, locale: v.locale, version: user.version })}
      onSuccess={(saved) => onSaved(saved as User)}
      fieldLabels={{ displayName: t('users.displayName'), status: t('users.status'), locale: t('users.locale') }}
      style={{ maxWidth: 640 }}
    >
      <Form.Item
        name="displayName"
        label={t('users.displayName')}
        rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }, { max: 100 }]}
      >
        <Input data-testid="user-display-name" maxLength={100} />
      </Form.Item>
      <Form.Item name="status" label={t('users.status')} extra={t('users.disableHint')}>
        <Radio.Group
          options={[
            { value: 'active', label: t('users.active') },
            { value: 'disabled', label: t('users.disabled') },
          ]}
        />
      </Form.Item>
      <Form.Item name="locale" label={t('users.locale')}>
        <Select options={(['zh-CN', 'en'] as const).map((l) => ({ value: l, label: t(`users.locales.${l}`) }))} />
      </Form.Item>
    </ApiForm>
  );
}

interface AssignmentValues {
  role?: string;
  scopeKind?: string;
  regionId?: string;
  organisationId?: string;
}

function AddAssignmentModal({ user, open, onClose, onAdded }: { user: User; open: boolean; onClose: () => void; onAdded: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('users.addAssignmentTitle')} onCancel={onClose} footer={null} destroyOnHidden width={560}>
      <ApiForm<AssignmentValues>
        layout="vertical"
        guardUnsaved={false}
        submitLabel={t('users.add')}
        successMessage={t('users.added')}
        onSubmit={(v) => usersApi.addAssignment(user.id, assignmentBody(v))}
        onSuccess={onAdded}
        fieldLabels={{ role: t('users.role'), scopeKind: t('users.scopeKind'), regionId: t('users.region'), organisationId: t('users.organisation') }}
        actions={<Button onClick={onClose}>{t('common.cancel')}</Button>}
      >
        <AssignmentFields />
      </ApiForm>
    </Modal>
  );
}

/** 角色与范围: the user's assignments, each removable after a confirmation, and 添加角色. */
function AssignmentsTab({ user, manage, onChanged }: { user: User; manage: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const words = useAssignmentWords();
  const [adding, setAdding] = useState(false);
  const remove = useMutation({
    mutationFn: (assignmentId: string) => usersApi.removeAssignment(user.id, assignmentId),
    onSuccess: () => void message.success(t('users.removed')),
    onError: (err) => void message.error(problemOf(err)?.detail ?? t('users.removeFailed')),
    onSettled: onChanged,
  });

  const columns = [
    { key: 'role', title: t('users.role'), render: (_: unknown, a: UserAssignment) => words.role(a.role) },
    { key: 'scopeKind', title: t('users.scopeKind'), render: (_: unknown, a: UserAssignment) => words.scopeKind(a.scopeKind) },
    { key: 'scope', title: t('users.scope'), render: (_: unknown, a: UserAssignment) => words.scope(a) },
    { key: 'createdAt', title: t('users.grantedAt'), render: (_: unknown, a: UserAssignment) => <DateText value={a.createdAt} /> },
    ...(manage
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, a: UserAssignment) => (
              <Popconfirm
                title={t('users.removeConfirmTitle')}
                description={t('users.removeConfirm', { role: words.role(a.role), scope: words.scope(a) })}
                okText={t('users.remove')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => remove.mutateAsync(a.id).catch(() => undefined)}
              >
                <Button type="link" danger size="small" aria-label={t('users.removeNamed', { role: words.role(a.role), scope: words.scope(a) })}>
                  {t('users.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <div>
      {manage ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)} data-testid="assignment-add">
            {t('users.addAssignment')}
          </Button>
        </Flex>
      ) : null}
      {user.assignments.length === 0 ? (
        <EmptyState
          description={t('users.noAssignments')}
          {...(manage ? { action: { label: t('users.addAssignment'), onClick: () => setAdding(true) } } : {})}
        />
      ) : (
        <Table<UserAssignment>
          rowKey="id"
          columns={columns}
          dataSource={user.assignments}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="assignments"
        />
      )}
      <AddAssignmentModal
        user={user}
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={() => {
          setAdding(false);
          onChanged();
        }}
      />
    </div>
  );
}

/** 关联人员: the teacher or staff record linked to the account, with a link to it. */
function LinkedPerson({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const person = useQuery({ queryKey: usersKeys.person(userId), queryFn: () => usersApi.linkedPerson(userId), retry: false });
  if (person.isPending) return <Typography.Text type="secondary">{t('users.linkedPersonLoading')}</Typography.Text>;
  if (person.isError) return <Typography.Text type="secondary">{t('users.linkedPersonFailed')}</Typography.Text>;
  const { teacher, staff } = person.data;
  if (teacher)
    return (
      <span data-testid="linked-person">
        {t('users.linkedTeacher')}：<Link to={`/directory/teachers/${teacher.id}`}>{teacher.name}</Link>（{teacher.schoolName}）
      </span>
    );
  if (staff)
    return (
      <span data-testid="linked-person">
        {t('users.linkedStaff')}：<Link to={`/directory/staff/${staff.id}`}>{staff.name}</Link>（
        {[staff.organisationName, staff.position].filter(Boolean).join('，')}）
      </span>
    );
  return (
    <Typography.Text type="secondary" data-testid="linked-person">
      {t('users.noLinkedPerson')}
    </Typography.Text>
  );
}

/** A user's page: facts, 基本信息 and 角色与范围 tabs, 重置密码. */
export default function UserDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const manage = can(USERS_MANAGE);
  const [password, setPassword] = useState<string | null>(null);
  const user = useQuery({ queryKey: usersKeys.detail(id), queryFn: () => usersApi.get(id), retry: false });
  usePageTitle(user.data ? user.data.displayName : t('users.title'));
  const reset = useMutation({
    mutationFn: () => usersApi.resetPassword(id),
    onSuccess: (r) => {
      setPassword(r.temporaryPassword);
      void message.success(t('users.resetDone'));
      void queryClient.invalidateQueries({ queryKey: usersKeys.all });
    },
    onError: (err) => void message.error(problemOf(err)?.detail ?? t('users.resetFailed')),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: usersKeys.all });

  if (user.isPending) return <PageSkeleton />;
  if (user.isError || !user.data) {
    const p = problemOf(user.error);
    return (
      <Alert
        type={p?.status === 404 ? 'warning' : 'error'}
        showIcon
        title={p?.status === 404 ? t('users.notFound') : t('users.loadFailed')}
        description={p?.status === 404 ? undefined : p?.detail}
        action={<Link to="/users">{t('users.backToList')}</Link>}
      />
    );
  }
  const u = user.data;
  return (
    <>
      <DetailLayout
        breadcrumb={[{ title: t('users.title'), to: '/users' }, { title: u.displayName }]}
        title={
          <>
            {u.displayName} <Typography.Text type="secondary">（{u.username}）</Typography.Text>
          </>
        }
        status={{ value: u.status, map: USER_STATUS }}
        extra={
          manage ? (
            <Popconfirm
              title={t('users.resetConfirmTitle', { name: u.displayName })}
              description={t('users.resetConfirm')}
              okText={t('users.resetPassword')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => reset.mutateAsync().catch(() => undefined)}
            >
              <Button loading={reset.isPending} data-testid="reset-password">
                {t('users.resetPassword')}
              </Button>
            </Popconfirm>
          ) : null
        }
        facts={[
          { label: t('users.username'), children: u.username },
          { label: t('users.displayName'), children: u.displayName },
          { label: t('users.locale'), children: t(`users.locales.${u.locale}`) },
          { label: t('users.lastLoginAt'), children: u.lastLoginAt ? <DateText value={u.lastLoginAt} time /> : t('users.neverSignedIn') },
          { label: t('users.createdAt'), children: <DateText value={u.createdAt} time /> },
          { label: t('users.mustChangePassword'), children: u.mustChangePassword ? t('users.yes') : t('users.no') },
          ...(can(DIRECTORY_READ) ? [{ key: 'person', label: t('users.linkedPerson'), children: <LinkedPerson userId={u.id} /> }] : []),
        ]}
        tabs={[
          {
            key: 'basic',
            label: t('users.tabBasic'),
            children: <BasicTab key={u.version} user={u} manage={manage} onSaved={(saved) => queryClient.setQueryData(usersKeys.detail(id), saved)} />,
          },
          { key: 'roles', label: t('users.tabRoles'), children: <AssignmentsTab user={u} manage={manage} onChanged={refresh} /> },
        ]}
      />
      <OneTimePasswordModal shown={password ? { password, displayName: u.displayName, username: u.username } : null} onClose={() => setPassword(null)} />
    </>
  );
}
