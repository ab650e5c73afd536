import { useCallback, useState } from 'react';
import { Button, Checkbox, Popover, Space, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Column visibility chosen by the user, per table id, remembered in localStorage. */
export function columnSettingsKey(tableId: string): string {
  return `sb.table.${tableId}.columns`;
}

function load(tableId: string): Record<string, boolean> {
  try {
    const raw = window.localStorage.getItem(columnSettingsKey(tableId));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'boolean')) as Record<string, boolean>;
  } catch {
    return {};
  }
}

function save(tableId: string, value: Record<string, boolean>): void {
  try {
    if (Object.keys(value).length === 0) window.localStorage.removeItem(columnSettingsKey(tableId));
    else window.localStorage.setItem(columnSettingsKey(tableId), JSON.stringify(value));
  } catch {
    // storage full or disabled: the choice lasts for this page only
  }
}

export interface SettingsColumn {
  key: string;
  label: string;
  hideable: boolean;
  defaultHidden: boolean;
}

/** The visible column keys and a setter, remembered for the table id. */
export function useColumnVisibility(tableId: string) {
  const [overrides, setOverrides] = useState<Record<string, boolean>>(() => load(tableId));
  const isVisible = useCallback((c: SettingsColumn) => !c.hideable || (overrides[c.key] ?? !c.defaultHidden), [overrides]);
  const setVisible = useCallback(
    (key: string, visible: boolean) => {
      setOverrides((prev) => {
        const next = { ...prev, [key]: visible };
        save(tableId, next);
        return next;
      });
    },
    [tableId],
  );
  const reset = useCallback(() => {
    save(tableId, {});
    setOverrides({});
  }, [tableId]);
  return { isVisible, setVisible, reset };
}

/** The 列设置 button and its popover of checkboxes. */
export function ColumnSettings({
  columns,
  isVisible,
  setVisible,
  reset,
}: {
  columns: SettingsColumn[];
  isVisible: (c: SettingsColumn) => boolean;
  setVisible: (key: string, visible: boolean) => void;
  reset: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const shown = columns.filter(isVisible).length;
  const content = (
    <div role="group" aria-label={t('kit.table.columnsTitle')} style={{ minWidth: 180 }}>
      <Space orientation="vertical" size={4}>
        {columns.map((c) => {
          const visible = isVisible(c);
          return (
            <Checkbox
              key={c.key}
              checked={visible}
              // the last shown column stays: a table with no columns helps nobody
              disabled={!c.hideable || (visible && shown <= 1)}
              onChange={(e) => setVisible(c.key, e.target.checked)}
            >
              {c.label}
            </Checkbox>
          );
        })}
      </Space>
      <div style={{ marginTop: 8, borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={reset}>
          {t('kit.table.columnsReset')}
        </Button>
      </div>
    </div>
  );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={<Typography.Text strong>{t('kit.table.columnsTitle')}</Typography.Text>}
      content={content}
    >
      <Button icon={<SettingOutlined />} aria-label={t('kit.table.columns')} title={t('kit.table.columns')} aria-expanded={open} />
    </Popover>
  );
}
