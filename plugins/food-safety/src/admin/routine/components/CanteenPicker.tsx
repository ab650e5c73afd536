/** The canteen a routine record is for: the only one in scope is picked already (a school's own canteen). */
import { useEffect } from 'react';
import { Select } from 'antd';
import { useCanteenOptions } from '../../canteens/api';

export function CanteenPicker({ value, onChange, id }: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const canteens = useCanteenOptions();
  const items = canteens.data?.items ?? [];
  useEffect(() => {
    if (!value && items.length === 1) onChange?.(items[0]!.id);
  }, [value, items, onChange]);
  return (
    <Select
      id={id}
      value={value || undefined}
      onChange={(v: string) => onChange?.(v)}
      showSearch
      optionFilterProp="label"
      loading={canteens.isPending}
      options={items.map((c) => ({ value: c.id, label: c.name }))}
      style={{ width: '100%' }}
    />
  );
}
