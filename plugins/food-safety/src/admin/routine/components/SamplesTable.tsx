/** 留样记录 of one canteen (or every canteen in scope): warnings shown per row, removal recorded in place. */
import { App, Button, Input, Popover, Space } from 'antd';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable, formatDateTime, problemOf, useOptionalAuth, type DataTableColumn, type ListParams } from '@schoolbridge/ui';
import { FS_ROUTINE } from '../../canteens/api';
import { routineApi, routineKeys, type FoodSample } from '../api';
import { SampleWarnings } from './SampleWarnings';

function RemoveButton({ sample }: { sample: FoodSample }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [by, setBy] = useState('');
  const [open, setOpen] = useState(false);
  const save = async () => {
    try {
      const saved = await routineApi.removeSample(sample.id, sample.version, by);
      setOpen(false);
      if (saved.warnings.length) void message.warning(t('foodSafety.routine.removedWithWarning'));
      await queryClient.invalidateQueries({ queryKey: routineKeys.samples });
    } catch (err) {
      void message.error(problemOf(err)?.detail ?? String(err));
    }
  };
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      content={
        <Space>
          <Input
            value={by}
            onChange={(e) => setBy(e.target.value)}
            placeholder={t('foodSafety.routine.removedBy')}
            aria-label={t('foodSafety.routine.removedBy')}
          />
          <Button type="primary" disabled={!by.trim()} onClick={() => void save()}>
            {t('foodSafety.routine.confirm')}
          </Button>
        </Space>
      }
    >
      <Button size="small">{t('foodSafety.routine.remove')}</Button>
    </Popover>
  );
}

export function SamplesTable({ canteenId, urlPrefix }: { canteenId?: string; urlPrefix?: string }) {
  const { t } = useTranslation();
  const w = (key: string) => t(`foodSafety.routine.${key}`);
  const canWrite = useOptionalAuth()?.can(FS_ROUTINE) ?? false;
  const columns: DataTableColumn<FoodSample>[] = [
    { key: 'mealDate', title: w('mealDate'), width: 120, render: (_, r) => `${r.mealDate} ${w(`meals.${r.meal}`)}` },
    ...(canteenId ? [] : [{ key: 'canteenName', title: t('foodSafety.handlers.canteen'), dataIndex: 'canteenName' } as DataTableColumn<FoodSample>]),
    { key: 'dish', title: w('dish'), dataIndex: 'dish' },
    { key: 'weightG', title: w('weightG'), width: 90, render: (_, r) => `${r.weightG} g` },
    { key: 'retained', title: w('retained'), render: (_, r) => `${formatDateTime(r.retainedAt)} ${r.retainedBy}${r.fridge ? `（${r.fridge}）` : ''}` },
    {
      key: 'removed',
      title: w('removed'),
      render: (_, r) => (r.removedAt ? `${formatDateTime(r.removedAt)} ${r.removedBy ?? ''}` : canWrite ? <RemoveButton sample={r} /> : '—'),
    },
    { key: 'warnings', title: w('warningsTitle'), render: (_, r) => <SampleWarnings warnings={r.warnings} /> },
  ];
  return (
    <DataTable<FoodSample>
      id="food-safety.samples"
      {...(urlPrefix ? { urlPrefix } : {})}
      queryKey={[...routineKeys.samples, canteenId ?? 'all']}
      fetch={(params: ListParams) => routineApi.samples({ ...params, ...(canteenId ? { canteenId } : {}) })}
      rowKey="id"
      columns={columns}
      filters={[
        { type: 'select', name: 'problems', label: w('problemsOnly'), options: [{ value: 'true', label: w('problemsOnly') }] },
        { type: 'dateRange', name: 'mealDate', from: 'from', to: 'to', label: w('mealDate') },
      ]}
      empty={{ description: w('noSamples') }}
    />
  );
}
