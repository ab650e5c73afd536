import type { ReactNode } from 'react';

/** A plain list of rows (a `<ul>`): title, description, actions on the right; wraps on phones. */
export function ItemList({ children, label, testId }: { children: ReactNode; label?: string; testId?: string }) {
  return (
    <ul className="sb-list" aria-label={label} data-testid={testId}>
      {children}
    </ul>
  );
}

export function ItemRow({
  title,
  description,
  actions,
  testId,
  data,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  testId?: string;
  data?: Record<string, string>;
}) {
  const dataAttrs = Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, v]));
  return (
    <li className="sb-list-item" data-testid={testId} {...dataAttrs}>
      <div className="sb-list-main">
        <div className="sb-list-title">{title}</div>
        {description ? <div className="sb-list-desc">{description}</div> : null}
      </div>
      {actions ? <div className="sb-list-actions">{actions}</div> : null}
    </li>
  );
}
