import type { ReactNode } from 'react';
import { Button, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiForm } from '@schoolbridge/ui';

export interface ReasonModalProps {
  open: boolean;
  title: ReactNode;
  /** What happens, in a sentence above the field. */
  description?: ReactNode;
  label: string;
  /** The reason must be given (cancelling, rejecting, a coordinator's withdrawal). */
  required?: boolean;
  okText: ReactNode;
  danger?: boolean;
  /** Does the action; a problem's field error on `reason` shows under the field. */
  onSubmit: (reason: string) => Promise<unknown>;
  onDone: (result: unknown) => void;
  onClose: () => void;
}

/** A confirmation that asks for a reason (取消班次, 驳回, 退出): the action runs only on 确定. */
export function ReasonModal({ open, title, description, label, required = true, okText, danger, onSubmit, onDone, onClose }: ReasonModalProps) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={title} footer={null} onCancel={onClose} destroyOnHidden>
      <ApiForm<{ reason?: string }>
        layout="vertical"
        guardUnsaved={false}
        submitLabel={okText}
        successMessage={false}
        onSubmit={(v) => onSubmit(v.reason?.trim() ?? '')}
        onSuccess={(result) => onDone(result)}
        fieldLabels={{ reason: label }}
        actions={<Button onClick={onClose}>{t('training.common.cancel')}</Button>}
        {...(danger ? { className: 'sb-danger-form' } : {})}
      >
        {description && <Typography.Paragraph>{description}</Typography.Paragraph>}
        <Form.Item name="reason" label={label} rules={required ? [{ required: true, whitespace: true, message: t('training.common.reasonRequired') }] : []}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </ApiForm>
    </Modal>
  );
}
