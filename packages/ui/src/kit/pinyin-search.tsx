import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { AutoComplete, Input, Select, type SelectProps } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { byPinyin, pinyinFilterOption } from './pinyin';

export interface PinyinOption {
  value: string;
  label: string;
}

export interface PinyinSearchInputProps {
  /** Accessible name; defaults to 搜索. */
  label?: string;
  placeholder?: string;
  /** Called with the query once the user stops typing (`debounceMs`), and at once on Enter or clear. */
  onSearch?: (query: string) => void;
  debounceMs?: number;
  /** With options, the input suggests the matching ones (by characters, pinyin or initials). */
  options?: PinyinOption[];
  /** Called when an option is chosen from the suggestions. */
  onSelect?: (value: string, option: PinyinOption) => void;
  /** Sort the suggestions by pinyin (default true). */
  sortOptions?: boolean;
  defaultValue?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  className?: string;
}

/**
 * A search box that finds Chinese names by characters, full pinyin or initials. As a plain
 * box it passes the (debounced) query up for a server search; with `options` it suggests the
 * matching options itself.
 */
export function PinyinSearchInput({
  label,
  placeholder,
  onSearch,
  debounceMs = 300,
  options,
  onSelect,
  sortOptions = true,
  defaultValue = '',
  allowClear = true,
  style,
  className,
}: PinyinSearchInputProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(defaultValue);
  const lastSent = useRef(defaultValue);
  const onSearchRef = useRef(onSearch);
  onSearchRef.current = onSearch;

  const send = (q: string) => {
    if (q === lastSent.current) return;
    lastSent.current = q;
    onSearchRef.current?.(q);
  };

  useEffect(() => {
    const timer = setTimeout(() => send(value.trim()), debounceMs);
    return () => clearTimeout(timer);
  }, [value, debounceMs]);

  const sorted = useMemo(() => (options && sortOptions ? [...options].sort(byPinyin((o) => o.label)) : options), [options, sortOptions]);
  const name = label ?? t('kit.search.label');
  const hint = placeholder ?? t('kit.search.placeholder');

  if (sorted) {
    return (
      <AutoComplete
        className={className}
        style={{ minWidth: 220, ...style }}
        options={sorted}
        value={value}
        onChange={(v: string) => setValue(v ?? '')}
        onSelect={(v: string, option: PinyinOption) => {
          setValue(option.label);
          onSelect?.(v, option);
        }}
        filterOption={pinyinFilterOption}
        notFoundContent={value ? t('kit.search.noMatch') : null}
        allowClear={allowClear}
      >
        <Input aria-label={name} placeholder={hint} prefix={<SearchOutlined aria-hidden />} />
      </AutoComplete>
    );
  }

  return (
    <Input
      className={className}
      style={{ minWidth: 220, ...style }}
      type="search"
      aria-label={name}
      placeholder={hint}
      prefix={<SearchOutlined aria-hidden />}
      value={value}
      allowClear={allowClear}
      onChange={(e) => {
        setValue(e.target.value);
        if (e.target.value === '') send('');
      }}
      onPressEnter={() => send(value.trim())}
    />
  );
}

/** An antd Select whose search finds options by characters, pinyin or initials, sorted by pinyin. */
export function PinyinSelect<V extends string | number = string>({
  options,
  sortOptions = true,
  ...rest
}: Omit<SelectProps<V>, 'options' | 'filterOption' | 'showSearch'> & { options: { value: V; label: string }[]; sortOptions?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const sorted = useMemo(() => (sortOptions ? [...options].sort(byPinyin((o) => o.label)) : options), [options, sortOptions]);
  return (
    <Select<V> id={rest.id ?? id} showSearch={{ filterOption: pinyinFilterOption }} notFoundContent={t('kit.search.noMatch')} {...rest} options={sorted} />
  );
}
