/**
 * 从业人员 of one canteen or of every canteen in scope: certificate and training states, and the
 * duty switch. Putting someone on duty the server refuses (certificate or training missing or
 * expired) shows the refusal with each reason, and the switch stays off.
 */
import { useState } from 'react';
import { Alert, Button, Modal, Space, Switch, Tag, Tooltip } from 'antd';
import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DataTable, DateText, problemOf, rowActionsColumn, useOptionalAuth, type DataTableColumn, type ListParams, type Problem } from '@schoolbridge/ui';
import { FS_HANDLERS_MANAGE, canteenKeys, handlersApi, type FoodHandler } from '../api';
import { VALIDITY_STATES, ValidityTag } from './vocab';

export function DutySwitch({ handler, disabled }: { handler: FoodHandler; disabled?: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Problem | null>(null);
  const toggle = async (onDuty: boolean) => {
    setBusy(true);
    try {
      await handlersApi.duty(handler.id, handler.version, onDuty);
      await queryClient.invalidateQueries({ queryKey: canteenKeys.handlers });
      await queryClient.invalidateQueries({ queryKey: canteenKeys.detail(handler.canteenId) });
    } catch (err) {
      const p = problemOf(err);
      if (!p) throw err;
      setRefusal(p);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Switch
        checked={handler.onDuty}
        loading={busy}
        disabled={disabled || !!handler.archivedAt}
        onChange={(v) => void toggle(v)}
        checkedChildren={t('foodSafety.handlers.onDuty')}
        unCheckedChildren={t('foodSafety.handlers.offDuty')}
        aria-label={t('foodSafety.handlers.dutyOf', { name: handler.name })}
      />
      <Modal
        open={!!refusal}
        title={t('foodSafety.handlers.refusedTitle')}
        onCancel={() => setRefusal(null)}
        onOk={() => setRefusal(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        {refusal ? (
          <Alert
            type="error"
            showIcon
            message={refusal.detail}
            description={
              refusal.errors?.length ? (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {refusal.errors.map((e) => (
                    <li key={`${e.field}-${e.code}`}>{e.message}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        ) : null}
      </Modal>
    </>
  );
}

export function HandlersTable({ canteenId, urlPrefix }: { canteenId?: string; urlPrefix?: string }) {
  const { t } = useTranslation();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.handlers.${key}`, opts);
  const navigate = useNavigate();
  const canManage = useOptionalAuth()?.can(FS_HANDLERS_MANAGE) ?? false;
  const columns: DataTableColumn<FoodHandler>[] = [
    {
      key: 'name',
      title: w('name'),
      render: (_, row) => (
        <Space size={4} wrap>
          <span>{row.name}</span>
          {row.flagged ? (
            <Tooltip title={row.dutyProblems.map((p) => w(`problems.${p.code.split('.').pop()}`)).join('；')}>
              <Tag color="error" icon={<WarningOutlined />}>
                {w('flagged')}
              </Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    ...(canteenId ? [] : [{ key: 'canteenName', title: w('canteen'), dataIndex: 'canteenName' } as DataTableColumn<FoodHandler>]),
    { key: 'position', title: w('position'), dataIndex: 'position', width: 100 },
    {
      key: 'certificate',
      title: w('certificate'),
      width: 200,
      render: (_, row) => (
        <Space size={4} wrap>
          <ValidityTag value={row.certificateState} />
          {row.healthCertExpiresOn ? <DateText value={row.healthCertExpiresOn} /> : null}
        </Space>
      ),
    },
    {
      key: 'training',
      title: w('training'),
      width: 200,
      render: (_, row) => (
        <Space size={4} wrap>
          <ValidityTag value={row.trainingState} />
          {row.trainedOn ? <DateText value={row.trainedOn} /> : null}
        </Space>
      ),
    },
    { key: 'duty', title: w('duty'), width: 110, render: (_, row) => <DutySwitch handler={row} disabled={!canManage} /> },
    { key: 'mobile', title: w('mobile'), dataIndex: 'mobile', width: 130, defaultHidden: true },
    rowActionsColumn<FoodHandler>((row) => (canManage && !row.archivedAt ? { edit: `/food-safety/handlers/${row.id}/edit` } : {}), { name: (row) => row.name }),
  ];
  return (
    <DataTable<FoodHandler>
      id="food-safety.handlers"
      {...(urlPrefix ? { urlPrefix } : {})}
      queryKey={canteenId ? [...canteenKeys.handlers, 'canteen', canteenId] : canteenKeys.handlers}
      fetch={(params: ListParams) => handlersApi.list({ ...params, ...(canteenId ? { canteenId } : {}) })}
      rowKey="id"
      columns={columns}
      title={canteenId ? undefined : w('list')}
      filters={[
        { type: 'text', name: 'q', label: w('search') },
        {
          type: 'select',
          name: 'certificate',
          label: w('certificate'),
          options: VALIDITY_STATES.map((s) => ({ value: s, label: t(`foodSafety.canteens.state.${s}`) })),
        },
        {
          type: 'select',
          name: 'onDuty',
          label: w('duty'),
          options: [
            { value: 'true', label: w('onDuty') },
            { value: 'false', label: w('offDuty') },
          ],
        },
        { type: 'select', name: 'flagged', label: w('flagged'), options: [{ value: 'true', label: w('flaggedOnly') }] },
      ]}
      toolbar={
        canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(`/food-safety/handlers/new${canteenId ? `?canteenId=${canteenId}` : ''}`)}>
            {w('new')}
          </Button>
        ) : null
      }
      empty={{ description: w('empty') }}
    />
  );
}
