import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export type StatusTone = 'success' | 'processing' | 'warning' | 'error' | 'default';

/** One status value: the i18n key of its word and its tone. */
export interface StatusDef {
  label: string;
  tone: StatusTone;
  /** Replaces the tone's icon. */
  icon?: ReactNode;
}

/** `{ met: { label: 'twinning.status.met', tone: 'success' }, … }` */
export type StatusMap<V extends string = string> = Record<V, StatusDef>;

/** Text, background and border per tone; every text colour is at least 4.5:1 on its background (WCAG AA). */
export const TONE_COLORS: Record<StatusTone, { color: string; background: string; border: string }> = {
  success: { color: '#237804', background: '#f6ffed', border: '#95de64' },
  processing: { color: '#003eb3', background: '#e6f4ff', border: '#91caff' },
  warning: { color: '#ad4e00', background: '#fff7e6', border: '#ffc069' },
  error: { color: '#a8071a', background: '#fff1f0', border: '#ffa39e' },
  default: { color: '#434343', background: '#fafafa', border: '#d9d9d9' },
};

const TONE_ICONS: Record<StatusTone, ReactNode> = {
  success: <CheckCircleOutlined />,
  processing: <ClockCircleOutlined />,
  warning: <ExclamationCircleOutlined />,
  error: <CloseCircleOutlined />,
  default: <MinusCircleOutlined />,
};

/** Defines a status map with its value names checked: `const PAIR_STATUS = defineStatusMap({ … })`. */
export function defineStatusMap<V extends string>(map: StatusMap<V>): StatusMap<V> {
  return map;
}

export interface StatusTagProps<V extends string = string> {
  value: V | null | undefined;
  map: StatusMap<V>;
}

/**
 * A status as a tag with colour, icon AND word, so colour is never the only signal:
 * `<StatusTag value={row.status} map={PAIR_STATUS} />`. An unknown value is shown as it is,
 * in the neutral tone.
 */
export function StatusTag<V extends string>({ value, map }: StatusTagProps<V>) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return null;
  const def: StatusDef | undefined = Object.prototype.hasOwnProperty.call(map, value) ? map[value] : undefined;
  const tone = def?.tone ?? 'default';
  const colors = TONE_COLORS[tone];
  const label = def ? t(def.label) : String(value);
  return (
    <Tag
      className={`sb-status-tag sb-status-${tone}`}
      data-tone={tone}
      icon={def?.icon ?? TONE_ICONS[tone]}
      style={{ color: colors.color, background: colors.background, borderColor: colors.border, marginInlineEnd: 0 }}
      title={def ? undefined : t('kit.status.unknown')}
    >
      {label}
    </Tag>
  );
}
