/**
 * 签发机关: the authorities opinion letters are issued in the name of, each with the number its next
 * letter will print (某监餐意〔2026〕第016号, as the server numbers it); 停用 / 启用, and 删除 with a
 * confirmation — refused once letters carry its name, which the page says in words with 停用 at hand.
 * On a phone (below md) each row shows its facts stacked under the name.
 */
import { useState } from 'react';
import { App, Button, Grid, Modal, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Count, DataTable, StatusTag, problemOf, rowActionsColumn, useOptionalAuth, type DataTableColumn, type ListParams } from '@schoolbridge/ui';
import { FS_MANAGE, authoritiesApi, authorityKeys, invalidateAuthorities, type Authority } from '../api';
import { AUTHORITY_STATUS, statusOf } from '../status';

type Dialog = { kind: 'deactivate' | 'delete' | 'inUse'; row: Authority };

const editPath = (row: Authority) => `/food-safety/authorities/${row.id}/edit`;

export default function AuthoritiesPage() {
  const { t } = useTranslation();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.authorities.${key}`, opts ?? {});
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const canManage = useOptionalAuth()?.can(FS_MANAGE) ?? false;
  const phone = !Grid.useBreakpoint().md;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [busy, setBusy] = useState(false);

  const failed = (err: unknown) => {
    void message.error(problemOf(err)?.detail ?? problemOf(err)?.title ?? w('loadFailed'));
    // a stale version (someone else changed it): show the current row
    void invalidateAuthorities(queryClient);
  };

  const setActive = async (row: Authority, active: boolean) => {
    setBusy(true);
    try {
      await authoritiesApi.update(row.id, { version: row.version, active });
      void message.success(w(active ? 'activated' : 'deactivated', { name: row.name }));
      setDialog(null);
      await invalidateAuthorities(queryClient);
    } catch (err) {
      setDialog(null);
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (row: Authority) => {
    setBusy(true);
    try {
      await authoritiesApi.remove(row.id);
      void message.success(w('deleted', { name: row.name }));
      setDialog(null);
      await invalidateAuthorities(queryClient);
    } catch (err) {
      if (problemOf(err)?.status === 409) setDialog({ kind: 'inUse', row });
      else {
        setDialog(null);
        failed(err);
      }
    } finally {
      setBusy(false);
    }
  };

  const name = (row: Authority) => (canManage ? <Link to={editPath(row)}>{row.name}</Link> : row.name);
  const actions = rowActionsColumn<Authority>(
    (row) =>
      canManage
        ? {
            edit: editPath(row),
            more: [
              row.active
                ? { key: 'deactivate', label: w('deactivate'), onClick: () => setDialog({ kind: 'deactivate', row }) }
                : { key: 'activate', label: w('activate'), onClick: () => void setActive(row, true) },
              { key: 'delete', label: w('delete'), danger: true, onClick: () => setDialog({ kind: 'delete', row }) },
            ],
          }
        : {},
    { name: (row) => row.name },
  );

  const wide: DataTableColumn<Authority>[] = [
    { key: 'name', title: w('name'), render: (_, row) => name(row) },
    { key: 'numberPrefix', title: w('numberPrefix'), dataIndex: 'numberPrefix', width: 140 },
    { key: 'region', title: w('region'), dataIndex: 'regionName', width: 140 },
    { key: 'status', title: w('status'), width: 100, render: (_, row) => <StatusTag value={statusOf(row)} map={AUTHORITY_STATUS} /> },
    {
      key: 'nextNumber',
      title: w('nextNumber'),
      render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{row.nextNumber}</span>,
    },
    { key: 'letterCount', title: w('letterCount'), width: 120, render: (_, row) => <Count value={row.letterCount} measure="fen" /> },
    actions,
  ];
  const narrow: DataTableColumn<Authority>[] = [
    {
      key: 'name',
      title: w('name'),
      hideable: false,
      render: (_, row) => (
        <Space orientation="vertical" size={2} style={{ minWidth: 0 }}>
          <Space size={6} wrap>
            {name(row)}
            <StatusTag value={statusOf(row)} map={AUTHORITY_STATUS} />
          </Space>
          <Typography.Text>
            {w('nextNumber')}：{row.nextNumber}
          </Typography.Text>
          <Typography.Text type="secondary">
            {row.regionName} · {w('letterCount')} <Count value={row.letterCount} measure="fen" />
          </Typography.Text>
        </Space>
      ),
    },
    actions,
  ];

  const target = dialog?.row;
  return (
    <>
      <Typography.Paragraph type="secondary">{w('intro')}</Typography.Paragraph>
      <DataTable<Authority>
        id={phone ? 'food-safety.authorities.phone' : 'food-safety.authorities'}
        queryKey={authorityKeys.list}
        fetch={(params: ListParams) => authoritiesApi.list(params)}
        rowKey="id"
        columns={phone ? narrow : wide}
        title={w('list')}
        filters={[
          {
            type: 'select',
            name: 'active',
            label: w('status'),
            options: [
              { value: 'true', label: w('statusActive') },
              { value: 'false', label: w('statusInactive') },
            ],
          },
        ]}
        toolbar={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/food-safety/authorities/new')}>
              {w('new')}
            </Button>
          ) : null
        }
        empty={{ description: w('empty'), ...(canManage ? { action: { label: w('new'), to: '/food-safety/authorities/new' } } : {}) }}
      />

      <Modal
        open={dialog?.kind === 'deactivate'}
        title={target ? w('deactivateTitle', { name: target.name }) : null}
        okText={w('deactivate')}
        cancelText={w('cancel')}
        confirmLoading={busy}
        onOk={() => target && void setActive(target, false)}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        <p>{w('deactivateContent')}</p>
      </Modal>

      <Modal
        open={dialog?.kind === 'delete'}
        title={target ? w('deleteTitle', { name: target.name }) : null}
        okText={w('delete')}
        okButtonProps={{ danger: true }}
        cancelText={w('cancel')}
        confirmLoading={busy}
        onOk={() => target && void remove(target)}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        <p>{w('deleteContent')}</p>
      </Modal>

      <Modal
        open={dialog?.kind === 'inUse'}
        title={target ? w('inUseTitle', { name: target.name }) : null}
        onCancel={() => setDialog(null)}
        destroyOnHidden
        footer={
          <Space wrap>
            <Button onClick={() => setDialog(null)}>{w('close')}</Button>
            {target?.active ? (
              <Button type="primary" loading={busy} onClick={() => void setActive(target, false)}>
                {w('deactivate')}
              </Button>
            ) : null}
          </Space>
        }
      >
        <div role="alert">
          <p>{w('inUse')}</p>
          {target && target.letterCount > 0 ? <p>{w('inUseCount', { count: target.letterCount })}</p> : null}
          {target && !target.active ? <p>{w('inUseAlreadyInactive')}</p> : null}
        </div>
      </Modal>
    </>
  );
}
