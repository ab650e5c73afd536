/** Picks schools (or a region) of the caller's scope through the canteens part's option routes. */
import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { canteenKeys, canteensApi } from '../api';

export interface SchoolSelectProps {
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  placeholder?: string;
  id?: string;
}

export function SchoolSelect({ value, onChange, multiple, placeholder, id }: SchoolSelectProps) {
  const [q, setQ] = useState('');
  const options = useQuery({ queryKey: canteenKeys.schoolOptions(q), queryFn: () => canteensApi.schoolOptions(q) });
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.((v as string | string[] | undefined) ?? null)}
      placeholder={placeholder}
      loading={options.isFetching}
      options={(options.data?.items ?? []).map((o) => ({ value: o.id, label: o.hint ? `${o.name}（${o.hint}）` : o.name }))}
      style={{ width: '100%' }}
    />
  );
}

export function RegionSelect({ value, onChange, placeholder, id }: Omit<SchoolSelectProps, 'multiple'>) {
  const options = useQuery({ queryKey: canteenKeys.regionOptions, queryFn: () => canteensApi.regionOptions() });
  return (
    <Select
      id={id}
      showSearch
      optionFilterProp="label"
      value={(value as string | null | undefined) ?? undefined}
      onChange={(v) => onChange?.((v as string | undefined) ?? null)}
      placeholder={placeholder}
      loading={options.isFetching}
      options={(options.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
      style={{ width: '100%' }}
    />
  );
}
