import { useEffect, useRef, useState } from 'react';
import { App, Button, Descriptions, Form, Modal, Popconfirm, Select, Space, Typography } from 'antd';
import { EditOutlined, LinkOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, DetailLayout, EmptyState, problemOf, useAuth, usePageTitle } from '@schoolbridge/ui';
import { STAFF_MANAGE, directoryApi, directoryKeys, type StaffMember, type UserOption } from '../api';
import { DetailState } from '../components/DetailState';
import { RecordActions } from '../components/RecordActions';
import { useReveal } from '../components/reveal';
import { StaffStatusTag } from '../components/tags';
import { useVocab } from '../components/vocab';

const USERS_READ = 'platform.users.read';

/** A searchable select over the accounts the caller may see (the server searches by name, pinyin or initials). */
function UserField({ id, value, onChange }: { id?: string; value?: string; onChange?: (value: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const found = useQuery({ queryKey: ['users', 'picker', q], queryFn: () => directoryApi.users(q), staleTime: 30_000, retry: false });
  const options = (found.data?.items ?? []).map((u: UserOption) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }));
  return (
    <Select
      id={id}
      data-testid="user-picker"
      aria-label={t('directory.staff.linkUser')}
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => setQ(text.trim()), 300);
        },
      }}
      value={value}
      onChange={(v: string) => onChange?.(v)}
      options={options}
      loading={found.isFetching}
      placeholder={t('directory.staff.linkUserPlaceholder')}
      notFoundContent={found.isError ? t('directory.staff.linkUsersFailed') : t('directory.staff.linkNoUsers')}
      style={{ width: '100%' }}
    />
  );
}

/** 关联账号: pick an existing account; the API's refusal (already linked to a teacher or staff member) shows under the picker. */
function LinkAccountModal({ staff, open, onClose, onLinked }: { staff: StaffMember; open: boolean; onClose: () => void; onLinked: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('directory.staff.linkTitle', { name: staff.name })} footer={null} onCancel={onClose} destroyOnHidden>
      <ApiForm<{ userId: string }>
        layout="vertical"
        guardUnsaved={false}
        submitLabel={t('directory.staff.link')}
        successMessage={t('directory.staff.linkDone')}
        onSubmit={(v) => directoryApi.linkStaffUser(staff.id, v.userId)}
        onSuccess={onLinked}
        fieldLabels={{ userId: t('directory.staff.linkUser') }}
        actions={<Button onClick={onClose}>{t('directory.common.cancel')}</Button>}
      >
        <Typography.Paragraph type="secondary">{t('directory.staff.linkHint')}</Typography.Paragraph>
        <Form.Item name="userId" label={t('directory.staff.linkUser')} rules={[{ required: true, message: t('directory.staff.linkUserRequired') }]}>
          <UserField />
        </Form.Item>
      </ApiForm>
    </Modal>
  );
}

/** 登录账号: the linked account (with 解除关联), or 关联账号. */
function AccountTab({ staff, manage, onChanged }: { staff: StaffMember; manage: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [linking, setLinking] = useState(false);
  const unlink = useMutation({
    mutationFn: () => directoryApi.unlinkStaffUser(staff.id),
    onSuccess: () => void message.success(t('directory.staff.unlinked')),
    onError: (err) => void message.error(problemOf(err)?.detail ?? t('directory.staff.unlinkFailed')),
    onSettled: onChanged,
  });
  const canLink = manage && !staff.archivedAt;

  return (
    <div>
      {staff.userId ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              {
                key: 'account',
                label: t('directory.staff.accountLinked'),
                children: (
                  <span data-testid="staff-account">
                    {staff.userDisplayName ?? staff.name}（<Typography.Text code>{staff.username}</Typography.Text>）
                  </span>
                ),
              },
            ]}
          />
          <Space wrap>
            {can(USERS_READ) && (
              <Link to={`/users/${staff.userId}`}>
                <Button icon={<LinkOutlined />}>{t('directory.staff.openUser')}</Button>
              </Link>
            )}
            {manage && (
              <Popconfirm
                title={t('directory.staff.unlinkTitle', { name: staff.name, username: staff.username })}
                description={t('directory.staff.unlinkContent')}
                okText={t('directory.staff.unlink')}
                okButtonProps={{ danger: true }}
                cancelText={t('directory.common.cancel')}
                onConfirm={() => unlink.mutateAsync().catch(() => undefined)}
              >
                <Button danger loading={unlink.isPending}>
                  {t('directory.staff.unlink')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        </Space>
      ) : (
        <EmptyState
          description={t('directory.staff.accountNone')}
          {...(canLink ? { action: { label: t('directory.staff.link'), onClick: () => setLinking(true) } } : {})}
        />
      )}
      <LinkAccountModal
        staff={staff}
        open={linking}
        onClose={() => setLinking(false)}
        onLinked={() => {
          setLinking(false);
          onChanged();
        }}
      />
    </div>
  );
}

/** 职工详情: 基本信息 (with the audited reveal of the mobile) and 登录账号 (link / unlink). */
export default function StaffDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const vocab = useVocab();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: directoryKeys.staffMember(id), queryFn: () => directoryApi.staffMember(id) });
  const staff = query.data;
  const { revealed, button: revealButton } = useReveal(() => directoryApi.revealStaff(id));
  usePageTitle(staff?.name ?? t('directory.staff.title'));

  if (!staff) return <DetailState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} listPath="/directory/staff" />;
  const manage = can(STAFF_MANAGE);
  const f = (key: string) => t(`directory.staff.${key}`);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: directoryKeys.staffMember(staff.id) });
    void queryClient.invalidateQueries({ queryKey: directoryKeys.staff });
  };
  const none = t('directory.common.none');

  const basic = (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: f('name'), children: staff.name },
          { key: 'gender', label: f('gender'), children: vocab.label('genders', staff.gender) },
          {
            key: 'organisation',
            label: f('organisation'),
            children:
              staff.organisationKind === 'school' ? (
                <Link to={`/directory/schools/${staff.organisationId}`}>{staff.organisationName}</Link>
              ) : (
                staff.organisationName
              ),
          },
          { key: 'organisationKind', label: f('organisationKind'), children: t(`directory.schools.orgKinds.${staff.organisationKind}`) },
          { key: 'position', label: f('position'), children: staff.position ?? none },
          { key: 'title', label: f('staffTitle'), children: staff.title ?? none },
          { key: 'mobile', label: f('mobile'), children: <span data-testid="staff-mobile">{(revealed ? revealed.mobile : staff.mobile) ?? none}</span> },
          { key: 'email', label: f('email'), children: staff.email ?? none },
          { key: 'account', label: f('account'), children: staff.username ?? f('notLinked') },
          { key: 'status', label: f('status'), children: <StaffStatusTag archivedAt={staff.archivedAt} /> },
        ]}
      />
      {staff.mobile && revealButton && <div>{revealButton}</div>}
    </Space>
  );

  return (
    <DetailLayout
      breadcrumb={[{ title: t('directory.nav') }, { title: f('title'), to: '/directory/staff' }, { title: staff.name }]}
      title={
        <>
          {staff.name} <StaffStatusTag archivedAt={staff.archivedAt} />
        </>
      }
      extra={
        manage ? (
          <>
            <Button type="primary" icon={<EditOutlined />} onClick={() => void navigate(`/directory/staff/${staff.id}/edit`)}>
              {t('directory.common.edit')}
            </Button>
            <RecordActions
              name={staff.name}
              archived={!!staff.archivedAt}
              onArchive={() => directoryApi.archiveStaff(staff.id)}
              onRestore={() => directoryApi.restoreStaff(staff.id)}
              onDelete={() => directoryApi.deleteStaff(staff.id)}
              onDone={(action) => {
                refresh();
                if (action === 'delete') void navigate('/directory/staff');
              }}
            />
          </>
        ) : undefined
      }
      tabs={[
        { key: 'basic', label: f('tabBasic'), children: basic },
        { key: 'account', label: f('tabAccount'), children: <AccountTab staff={staff} manage={manage} onChanged={refresh} /> },
      ]}
    />
  );
}
