/**
 * A page's title: the heading at the top of the page (`data-testid="page-title"`, what browser
 * journeys look for) and the browser tab's `document.title` (`<title> · SchoolBridge`).
 */
import { useEffect, type ReactNode } from 'react';
import { Flex, Typography } from 'antd';

export const PRODUCT_NAME = 'SchoolBridge';

/** Sets `document.title` to `<title> · SchoolBridge` while the page is shown. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    if (typeof document === 'undefined') return;
    document.title = title ? `${title} · ${PRODUCT_NAME}` : PRODUCT_NAME;
  }, [title]);
}

export interface PageTitleProps {
  title: string;
  /** Shown after the title (a status tag, a count). */
  extra?: ReactNode;
  /** Buttons at the right of the title (新建, 导出). */
  actions?: ReactNode;
  /** One line under the title. */
  description?: ReactNode;
}

/** The heading of a page (an `h1`), with optional actions on its right; also sets the tab title. */
export function PageTitle({ title, extra, actions, description }: PageTitleProps) {
  usePageTitle(title);
  return (
    <div className="sb-page-title" style={{ marginBottom: 16 }}>
      <Flex wrap gap={12} align="center" justify="space-between">
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={1} data-testid="page-title" style={{ fontSize: 22, margin: 0 }}>
            {title}
          </Typography.Title>
          {extra}
        </Flex>
        {actions ? (
          <Flex gap={8} wrap>
            {actions}
          </Flex>
        ) : null}
      </Flex>
      {description ? (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {description}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
