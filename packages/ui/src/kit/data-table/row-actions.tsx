import type { ReactNode } from 'react';
import { Button, Dropdown, Space } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DataTableColumn } from './types';

/** A row action: a route to open, or something to do. */
export type RowAction = string | (() => void);

export interface RowMoreAction {
  key: string;
  label: ReactNode;
  onClick: () => void;
  danger?: boolean;
  disabled?: boolean;
}

export interface RowActions {
  view?: RowAction;
  edit?: RowAction;
  more?: RowMoreAction[];
}

function ActionLink({ action, children, label }: { action: RowAction; children: ReactNode; label: string }) {
  if (typeof action === 'string') {
    return (
      <Link to={action} aria-label={label}>
        {children}
      </Link>
    );
  }
  return (
    <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={action} aria-label={label}>
      {children}
    </Button>
  );
}

/** The 查看 / 编辑 / 更多 cell of one row. `name` labels the actions for screen readers ("查看 张三"). */
export function RowActionsCell({ actions, name }: { actions: RowActions; name?: string }) {
  const { t } = useTranslation();
  const suffix = name ? ` ${name}` : '';
  return (
    <Space size="middle" className="sb-row-actions">
      {actions.view !== undefined && (
        <ActionLink action={actions.view} label={t('kit.table.view') + suffix}>
          {t('kit.table.view')}
        </ActionLink>
      )}
      {actions.edit !== undefined && (
        <ActionLink action={actions.edit} label={t('kit.table.edit') + suffix}>
          {t('kit.table.edit')}
        </ActionLink>
      )}
      {actions.more && actions.more.length > 0 && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: actions.more.map((a) => ({ key: a.key, label: a.label, danger: a.danger, disabled: a.disabled })),
            onClick: ({ key }) => actions.more?.find((a) => a.key === key)?.onClick(),
          }}
        >
          <Button type="link" size="small" style={{ paddingInline: 0 }} aria-label={t('kit.table.moreFor') + suffix}>
            {t('kit.table.more')} <DownOutlined />
          </Button>
        </Dropdown>
      )}
    </Space>
  );
}

function ActionsTitle() {
  const { t } = useTranslation();
  return <>{t('kit.table.actions')}</>;
}

/**
 * The actions column: `rowActionsColumn((row) => ({ view: `/pairs/${row.id}`, edit: …, more: […] }), { name: (row) => row.name })`.
 */
export function rowActionsColumn<T>(actions: (row: T) => RowActions, opts: { name?: (row: T) => string; width?: number } = {}): DataTableColumn<T> {
  return {
    key: 'actions',
    title: <ActionsTitle />,
    hideable: false,
    fixed: 'right',
    width: opts.width ?? 180,
    render: (_: unknown, row: T) => <RowActionsCell actions={actions(row)} {...(opts.name ? { name: opts.name(row) } : {})} />,
  };
}
