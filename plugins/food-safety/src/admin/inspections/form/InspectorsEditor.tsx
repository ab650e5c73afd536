/**
 * 检查人员: the officers present. People with an account are picked (from the outing's team and the
 * inspectors in scope); people of other agencies without one are typed with their agency.
 */
import { useId } from 'react';
import { Button, Input, Space, Typography } from 'antd';
import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PinyinSelect } from '@schoolbridge/ui';
import type { InspectorEntry } from './form-model';

export interface AccountOption {
  userId: string;
  name: string;
  agency: string;
}

export interface InspectorsEditorProps {
  value: InspectorEntry[];
  onChange: (next: InspectorEntry[]) => void;
  accounts: AccountOption[];
  disabled?: boolean;
  /** Marks empty typed names after a refused submit. */
  showErrors?: boolean;
}

export function InspectorsEditor({ value, onChange, accounts, disabled = false, showErrors = false }: InspectorsEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.inspectors.${key}`, opts);
  const chosen = new Set(value.map((p) => p.userId).filter(Boolean));
  const options = accounts.filter((a) => !chosen.has(a.userId)).map((a) => ({ value: a.userId, label: a.agency ? `${a.name}（${a.agency}）` : a.name }));
  const set = (i: number, patch: Partial<InspectorEntry>) => onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <ul aria-label={w('list')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}>
        {value.map((p, i) => (
          <li key={`${p.userId ?? 'typed'}-${i}`} data-testid="inspector-entry" style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 8 }}>
            {p.userId ? (
              <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                <span>
                  <Typography.Text strong>{p.name}</Typography.Text>
                  {p.agency ? <Typography.Text type="secondary">（{p.agency}）</Typography.Text> : null}
                </span>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={w('remove', { name: p.name })}
                  disabled={disabled}
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                  style={{ minWidth: 44, minHeight: 44 }}
                />
              </Space>
            ) : (
              <div style={{ display: 'grid', gap: 6 }}>
                <div>
                  <label htmlFor={`${id}-name-${i}`}>{w('name')}</label>
                  <Input
                    id={`${id}-name-${i}`}
                    size="large"
                    value={p.name}
                    maxLength={50}
                    disabled={disabled}
                    status={showErrors && !p.name.trim() ? 'error' : undefined}
                    onChange={(e) => set(i, { name: e.target.value })}
                  />
                  {showErrors && !p.name.trim() ? (
                    <div role="alert" style={{ color: '#a8071a' }}>
                      {w('nameRequired')}
                    </div>
                  ) : null}
                </div>
                <div>
                  <label htmlFor={`${id}-agency-${i}`}>{w('agency')}</label>
                  <Input
                    id={`${id}-agency-${i}`}
                    size="large"
                    value={p.agency}
                    maxLength={200}
                    disabled={disabled}
                    placeholder={w('agencyPlaceholder')}
                    onChange={(e) => set(i, { agency: e.target.value })}
                  />
                </div>
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  disabled={disabled}
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                  style={{ justifySelf: 'start', minHeight: 40 }}
                >
                  {w('removeTyped')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <div>
        <label htmlFor={`${id}-pick`} style={{ display: 'block', marginBottom: 4 }}>
          {w('pick')}
        </label>
        <PinyinSelect
          id={`${id}-pick`}
          size="large"
          style={{ width: '100%' }}
          placeholder={options.length ? w('pickPlaceholder') : w('noAccounts')}
          disabled={disabled || options.length === 0}
          options={options}
          value={null}
          onChange={(userId: string) => {
            const a = accounts.find((x) => x.userId === userId);
            if (a) onChange([...value, { userId: a.userId, name: a.name, agency: a.agency }]);
          }}
        />
      </div>
      <Button
        size="large"
        icon={<UserAddOutlined />}
        disabled={disabled}
        onClick={() => onChange([...value, { userId: null, name: '', agency: '' }])}
        style={{ minHeight: 48 }}
      >
        {w('addTyped')}
      </Button>
    </div>
  );
}
