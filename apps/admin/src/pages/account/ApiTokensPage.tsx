import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, PageTitle, apiFetch, fieldPath, formatDate, formatDateTime, problemOf } from '@schoolbridge/ui';
import type { ApiToken, CreatedApiToken } from '../../api/types';

const TOKENS_KEY = ['auth', 'tokens'] as const;
const EXPIRY_DAYS = [30, 90, 180, 365] as const;

interface CreateValues {
  name: string;
  expiresInDays: number | 'never';
}

function CreateTokenModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (token: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  const [error, setError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (v: CreateValues) =>
      apiFetch<CreatedApiToken>('/api/auth/tokens', {
        method: 'POST',
        json: { name: v.name.trim(), ...(v.expiresInDays === 'never' ? {} : { expiresInDays: v.expiresInDays }) },
      }),
    onSuccess: (token) => {
      form.resetFields();
      setError(null);
      onCreated(token);
    },
    onError: (err) => {
      const problem = problemOf(err);
      const known = (problem?.errors ?? []).filter((e) => e.field === 'name' || e.field === 'expiresInDays');
      if (known.length > 0) form.setFields(known.map((e) => ({ name: fieldPath(e.field) as never, errors: [e.message] })));
      else setError(problem?.detail ?? t('tokens.createFailed'));
    },
  });
  return (
    <Modal
      open={open}
      title={t('tokens.createTitle')}
      okText={t('tokens.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form<CreateValues> form={form} layout="vertical" initialValues={{ expiresInDays: 90 }} onFinish={(v) => create.mutate(v)}>
        <Form.Item
          label={t('tokens.name')}
          name="name"
          extra={t('tokens.nameHint')}
          rules={[{ required: true, whitespace: true, message: t('tokens.nameRequired') }, { max: 100 }]}
        >
          <Input data-testid="token-name" maxLength={100} />
        </Form.Item>
        <Form.Item label={t('tokens.expiry')} name="expiresInDays">
          <Select
            data-testid="token-expiry"
            options={[...EXPIRY_DAYS.map((d) => ({ value: d, label: t('tokens.days', { count: d }) })), { value: 'never', label: t('tokens.never') }]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 个人令牌: API tokens for scripts and imports; a new token is shown once, then only its prefix. */
export default function ApiTokensPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const tokens = useQuery({ queryKey: TOKENS_KEY, queryFn: () => apiFetch<ApiToken[]>('/api/auth/tokens') });
  const revoke = useMutation({
    mutationFn: (id: string) => apiFetch(`/api/auth/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => void message.success(t('tokens.revoked')),
    onError: (err) => void message.error(problemOf(err)?.detail ?? t('tokens.revokeFailed')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });

  const columns = [
    { key: 'name', dataIndex: 'name', title: t('tokens.name') },
    { key: 'prefix', dataIndex: 'prefix', title: t('tokens.prefix'), render: (p: string) => <Typography.Text code>{p}…</Typography.Text> },
    { key: 'createdAt', dataIndex: 'createdAt', title: t('tokens.createdAt'), render: (v: string) => formatDate(v) },
    {
      key: 'lastUsedAt',
      dataIndex: 'lastUsedAt',
      title: t('tokens.lastUsedAt'),
      render: (v: string | null) => (v ? formatDateTime(v) : t('tokens.neverUsed')),
    },
    { key: 'expiresAt', dataIndex: 'expiresAt', title: t('tokens.expiresAt'), render: (v: string | null) => (v ? formatDate(v) : t('tokens.never')) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, row: ApiToken) => (
        <Popconfirm
          title={t('tokens.revokeConfirmTitle', { name: row.name })}
          description={t('tokens.revokeConfirm')}
          okText={t('tokens.revoke')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => revoke.mutateAsync(row.id)}
        >
          <Button type="link" danger size="small" aria-label={t('tokens.revokeNamed', { name: row.name })}>
            {t('tokens.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <div>
      <PageTitle
        title={t('tokens.title')}
        description={t('tokens.description')}
        actions={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)} data-testid="token-create">
            {t('tokens.create')}
          </Button>
        }
      />
      <Card>
        {tokens.isError ? (
          <Alert type="error" showIcon title={t('tokens.loadFailed')} description={problemOf(tokens.error)?.detail} />
        ) : tokens.data && tokens.data.length === 0 ? (
          <EmptyState description={t('tokens.empty')} action={{ label: t('tokens.create'), onClick: () => setCreating(true) }} />
        ) : (
          <Table<ApiToken>
            rowKey="id"
            loading={tokens.isPending}
            columns={columns}
            dataSource={tokens.data ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        )}
      </Card>
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(token) => {
          setCreating(false);
          setCreated(token);
          void queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
        }}
      />
      <Modal
        open={created !== null}
        title={t('tokens.createdTitle')}
        onCancel={() => setCreated(null)}
        footer={
          <Button type="primary" onClick={() => setCreated(null)}>
            {t('tokens.savedIt')}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t('tokens.onceWarning')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph
          copyable={{ text: created?.token ?? '', tooltips: [t('tokens.copy'), t('tokens.copied')] }}
          code
          data-testid="token-value"
          style={{ wordBreak: 'break-all' }}
        >
          {created?.token}
        </Typography.Paragraph>
      </Modal>
    </div>
  );
}
