import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  ApiForm,
  DataTable,
  DateText,
  ExportButton,
  PageTitle,
  StatusTag,
  rowActionsColumn,
  useAuth,
  type DataTableColumn,
  type FilterDef,
  type ListParams,
} from '@schoolbridge/ui';
import { ROLE_CODES, USERS_MANAGE, usersApi, usersKeys, type CreatedUser, type User } from './api';
import { AssignmentFields, assignmentBody } from './AssignmentFields';
import { AssignmentTags, OneTimePasswordModal, USER_STATUS, useAssignmentWords } from './shared';

const USERNAME_RE = /^[a-z0-9][a-z0-9._-]{2,31}$/;

interface CreateValues {
  username: string;
  displayName: string;
  locale: 'zh-CN' | 'en';
  initialPassword?: string;
  assignments?: { role?: string; scopeKind?: string; regionId?: string; organisationId?: string }[];
}

/** 新建用户: the form, saved through the API (its field errors appear under the fields). */
function CreateUserModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (user: CreatedUser) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  return (
    <Modal open={open} title={t('users.newTitle')} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      <ApiForm<CreateValues>
        form={form}
        layout="vertical"
        guardUnsaved={false}
        initialValues={{ locale: 'zh-CN' }}
        submitLabel={t('users.create')}
        successMessage={false}
        fieldLabels={{
          username: t('users.username'),
          displayName: t('users.displayName'),
          initialPassword: t('users.initialPassword'),
          assignments: t('users.initialRole'),
        }}
        onSubmit={(v) => {
          const first = v.assignments?.[0];
          return usersApi.create({
            username: v.username.trim().toLowerCase(),
            displayName: v.displayName.trim(),
            locale: v.locale,
            ...(v.initialPassword ? { initialPassword: v.initialPassword } : {}),
            ...(first?.role ? { assignments: [assignmentBody(first)] } : {}),
          });
        }}
        onSuccess={(created) => {
          form.resetFields();
          onCreated(created as CreatedUser);
        }}
        actions={<Button onClick={onClose}>{t('common.cancel')}</Button>}
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={t('users.usernameHint')}
          rules={[
            { required: true, whitespace: true, message: t('users.usernameRequired') },
            {
              validator: (_, v: string | undefined) =>
                !v || USERNAME_RE.test(v.trim().toLowerCase()) ? Promise.resolve() : Promise.reject(new Error(t('users.usernameFormat'))),
            },
          ]}
        >
          <Input data-testid="user-username" autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }, { max: 100 }]}
        >
          <Input data-testid="user-display-name" maxLength={100} />
        </Form.Item>
        <Form.Item name="locale" label={t('users.locale')}>
          <Select options={(['zh-CN', 'en'] as const).map((l) => ({ value: l, label: t(`users.locales.${l}`) }))} />
        </Form.Item>
        <Form.Item name="initialPassword" label={t('users.initialPassword')} extra={t('users.initialPasswordHint')}>
          <Input.Password data-testid="user-initial-password" autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <AssignmentFields prefix={['assignments', 0]} required={false} />
      </ApiForm>
    </Modal>
  );
}

/** 用户管理: the users within the caller's scope, with search, role and status filters. */
export default function UsersPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const words = useAssignmentWords();
  const manage = can(USERS_MANAGE);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedUser | null>(null);

  const filters: FilterDef[] = [
    { type: 'text', name: 'q', label: t('users.search'), placeholder: t('users.searchPlaceholder') },
    { type: 'select', name: 'role', label: t('users.role'), options: ROLE_CODES.map((code) => ({ value: code, label: words.role(code) })) },
    {
      type: 'select',
      name: 'status',
      label: t('users.status'),
      options: [
        { value: 'active', label: t('users.active') },
        { value: 'disabled', label: t('users.disabled') },
      ],
    },
  ];
  const columns: DataTableColumn<User>[] = [
    { key: 'username', dataIndex: 'username', title: t('users.username'), sorter: true, hideable: false },
    { key: 'displayName', dataIndex: 'displayName', title: t('users.displayName'), sorter: true },
    { key: 'assignments', title: t('users.roles'), render: (_: unknown, row: User) => <AssignmentTags assignments={row.assignments} /> },
    { key: 'status', title: t('users.status'), render: (_: unknown, row: User) => <StatusTag value={row.status} map={USER_STATUS} /> },
    {
      key: 'lastLoginAt',
      dataIndex: 'lastLoginAt',
      title: t('users.lastLoginAt'),
      sorter: true,
      render: (v: string | null) => (v ? <DateText value={v} time /> : t('users.neverSignedIn')),
    },
    { key: 'createdAt', dataIndex: 'createdAt', title: t('users.createdAt'), sorter: true, defaultHidden: true, render: (v: string) => <DateText value={v} /> },
    rowActionsColumn<User>((row) => ({ view: `/users/${row.id}` }), { name: (row) => row.displayName, width: 100 }),
  ];

  return (
    <div>
      <PageTitle
        title={t('users.title')}
        description={t('users.description')}
        actions={
          manage ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)} data-testid="user-create">
              {t('users.new')}
            </Button>
          ) : null
        }
      />
      <DataTable<User>
        id="platform.users"
        queryKey={usersKeys.list}
        fetch={(params: ListParams) => usersApi.list(params)}
        columns={columns}
        rowKey="id"
        filters={filters}
        defaultSort="username"
        toolbar={<ExportButton exportUrl={(p) => `/api/users/export?${new URLSearchParams({ ...p, format: 'xlsx' }).toString()}`} />}
        empty={{ description: t('users.empty'), ...(manage ? { action: { label: t('users.new'), onClick: () => setCreating(true) } } : {}) }}
      />
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          setCreating(false);
          setCreated(user);
          void queryClient.invalidateQueries({ queryKey: usersKeys.all });
        }}
      />
      <OneTimePasswordModal
        shown={created ? { password: created.temporaryPassword, displayName: created.displayName, username: created.username } : null}
        onClose={() => setCreated(null)}
        extra={
          created ? (
            <Button
              onClick={() => {
                const id = created.id;
                setCreated(null);
                navigate(`/users/${id}`);
              }}
            >
              {t('users.viewUser')}
            </Button>
          ) : null
        }
      />
    </div>
  );
}
