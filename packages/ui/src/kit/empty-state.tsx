import type { ReactNode } from 'react';
import { Button, Empty } from 'antd';
import { useNavigate } from 'react-router';
import { PlusOutlined } from '@ant-design/icons';

export interface EmptyStateAction {
  label: ReactNode;
  /** Opens a page… */
  to?: string;
  /** …or does something. */
  onClick?: () => void;
  icon?: ReactNode;
}

export interface EmptyStateProps {
  /** What is missing and what to do: "还没有结对，点击新建结对". */
  description: ReactNode;
  /** The primary action, e.g. 新建结对. */
  action?: EmptyStateAction;
  /** Further, secondary content under the action. */
  children?: ReactNode;
}

/** An empty list or page that says what to do next, with the action as a primary button. */
export function EmptyState({ description, action, children }: EmptyStateProps) {
  const navigate = useNavigate();
  const button: ReactNode = action ? (
    <Button
      type="primary"
      icon={action.icon ?? <PlusOutlined />}
      onClick={() => {
        action.onClick?.();
        if (action.to) void navigate(action.to);
      }}
    >
      {action.label}
    </Button>
  ) : null;
  return (
    <Empty className="sb-empty-state" image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{description}</span>}>
      {button}
      {children}
    </Empty>
  );
}
