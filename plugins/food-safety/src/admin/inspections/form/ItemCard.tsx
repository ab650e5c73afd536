/**
 * One checklist item on the phone: the requirement, four big answers (符合 / 不符合 / 不适用 / 未检查)
 * and, when it failed, what was found, 当场整改, photos from the camera and — for a minor item —
 * 不列入整改通知 with its reason. Every control is labelled; the answers are a radio group.
 */
import { useId, useRef, useState } from 'react';
import { Alert, Button, Card, Checkbox, Input, Radio, Space, Switch, Tag, Typography } from 'antd';
import { CameraOutlined, DeleteOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { problemOf } from '@schoolbridge/ui';
import { ITEM_RESULTS, type ItemResult } from '../../../shared/rules';
import { SeverityTag } from '../components/vocab';
import type { FormItem, ItemAnswer, PhotoRef } from './form-model';
import { fileContentUrl } from './photos';

export interface ItemCardProps {
  item: FormItem;
  /** The item's number on the checklist (1-based), shown instead of its internal code. */
  number?: number;
  answer: ItemAnswer;
  onChange: (patch: Partial<ItemAnswer>) => void;
  /** Uploads a photo and attaches it to the item's result. */
  onAddPhoto: (file: File) => Promise<PhotoRef>;
  /** Detaches a photo from the item's result. */
  onRemovePhoto: (photo: PhotoRef) => Promise<void>;
  /** Changes the photo list from its latest value (uploads finish while the inspector goes on). */
  onPhotosChange: (change: (photos: PhotoRef[]) => PhotoRef[]) => void;
  /** Shown under the leave-off reason after a refused submit. */
  reasonMissing?: boolean;
  disabled?: boolean;
}

const RESULT_BUTTON = { height: 48, lineHeight: '46px', textAlign: 'center' as const, fontSize: 16, paddingInline: 4 };

export function ItemCard({
  item,
  number,
  answer,
  onChange,
  onAddPhoto,
  onRemovePhoto,
  onPhotosChange,
  reasonMissing = false,
  disabled = false,
}: ItemCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(0);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const failed = answer.result === 'nonCompliant';
  const canLeaveOff = failed && item.severity === 'minor' && !answer.correctedOnSite;
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.form.${key}`, opts);

  const addPhotos = async (files: FileList | null) => {
    if (!files?.length) return;
    setUploadError(null);
    const list = [...files];
    setUploading((n) => n + list.length);
    for (const file of list) {
      try {
        const photo = await onAddPhoto(file);
        onPhotosChange((photos) => [...photos.filter((x) => x.id !== photo.id), photo]);
      } catch (err) {
        setUploadError(problemOf(err)?.detail ?? w('photoFailed'));
      } finally {
        setUploading((n) => n - 1);
      }
    }
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <Card
      size="small"
      data-testid={`item-${item.itemCode}`}
      data-result={answer.result ?? 'none'}
      title={
        <Space size={4} wrap>
          {number ? <Typography.Text type="secondary">{t('foodSafety.inspections.form.itemNumber', { number })}</Typography.Text> : null}
          <SeverityTag severity={item.severity} />
          {item.repeat ? (
            <Tag icon={<WarningOutlined />} color="warning" data-testid="repeat-mark">
              {t('foodSafety.common.repeat')}
            </Tag>
          ) : null}
        </Space>
      }
      styles={{ header: { minHeight: 40 } }}
      style={{ marginBottom: 12 }}
    >
      <Typography.Paragraph id={`${id}-text`} style={{ fontSize: 16, marginBottom: 12 }}>
        {item.text}
      </Typography.Paragraph>
      <Radio.Group
        aria-labelledby={`${id}-text`}
        value={answer.result}
        disabled={disabled}
        onChange={(e) => onChange({ result: e.target.value as ItemResult })}
        optionType="button"
        buttonStyle="solid"
        style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', width: '100%' }}
      >
        {ITEM_RESULTS.map((r) => (
          <Radio.Button key={r} value={r} style={RESULT_BUTTON}>
            {t(`foodSafety.common.results.${r}`)}
          </Radio.Button>
        ))}
      </Radio.Group>

      {failed ? (
        <div style={{ marginTop: 12, display: 'grid', gap: 12 }}>
          <div>
            <label htmlFor={`${id}-note`} style={{ display: 'block', marginBottom: 4 }}>
              {w('note')}
            </label>
            <Input.TextArea
              id={`${id}-note`}
              value={answer.note}
              disabled={disabled}
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              placeholder={w('notePlaceholder')}
              onChange={(e) => onChange({ note: e.target.value })}
            />
          </div>
          <label style={{ display: 'flex', alignItems: 'center', gap: 12, minHeight: 44 }}>
            <Switch checked={answer.correctedOnSite} disabled={disabled} onChange={(checked) => onChange({ correctedOnSite: checked })} />
            <span>{w('correctedOnSite')}</span>
          </label>
          <div>
            <input
              ref={fileInput}
              id={`${id}-photo`}
              type="file"
              accept="image/*"
              capture="environment"
              multiple
              disabled={disabled}
              aria-label={w('takePhoto')}
              style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
              onChange={(e) => void addPhotos(e.target.files)}
            />
            <Button
              size="large"
              icon={uploading > 0 ? <LoadingOutlined /> : <CameraOutlined />}
              disabled={disabled}
              onClick={() => fileInput.current?.click()}
              style={{ minHeight: 48 }}
            >
              {uploading > 0 ? w('uploading') : w('takePhoto')}
            </Button>
            {uploadError ? <Alert type="error" showIcon style={{ marginTop: 8 }} title={uploadError} /> : null}
            {answer.photos.length ? (
              <ul aria-label={w('photos')} style={{ listStyle: 'none', padding: 0, margin: '8px 0 0', display: 'flex', flexWrap: 'wrap', gap: 8 }}>
                {answer.photos.map((p, i) => (
                  <li key={p.id} style={{ position: 'relative' }}>
                    <img
                      src={fileContentUrl(p.id)}
                      alt={w('photoAlt', { n: i + 1, name: p.name })}
                      width={72}
                      height={72}
                      style={{ objectFit: 'cover', borderRadius: 4 }}
                    />
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      disabled={disabled}
                      aria-label={w('removePhoto', { n: i + 1 })}
                      onClick={() => {
                        setUploadError(null);
                        onRemovePhoto(p).then(
                          () => onPhotosChange((photos) => photos.filter((x) => x.id !== p.id)),
                          (err: unknown) => setUploadError(problemOf(err)?.detail ?? w('photoRemoveFailed')),
                        );
                      }}
                      style={{ position: 'absolute', top: 2, right: 2 }}
                    />
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          {canLeaveOff ? (
            <div>
              <Checkbox
                checked={answer.leaveOff}
                disabled={disabled}
                onChange={(e) => onChange({ leaveOff: e.target.checked })}
                style={{ minHeight: 44, alignItems: 'center' }}
              >
                {w('leaveOff')}
              </Checkbox>
              {answer.leaveOff ? (
                <div style={{ marginTop: 4 }}>
                  <label htmlFor={`${id}-reason`} style={{ display: 'block', marginBottom: 4 }}>
                    <span aria-hidden="true" style={{ color: '#a8071a' }}>
                      *{' '}
                    </span>
                    {w('leaveOffReason')}
                  </label>
                  <Input.TextArea
                    id={`${id}-reason`}
                    value={answer.leaveOffReason}
                    disabled={disabled}
                    required
                    aria-required="true"
                    aria-invalid={reasonMissing && !answer.leaveOffReason.trim() ? true : undefined}
                    aria-describedby={reasonMissing && !answer.leaveOffReason.trim() ? `${id}-reason-error` : undefined}
                    autoSize={{ minRows: 2, maxRows: 4 }}
                    maxLength={500}
                    onChange={(e) => onChange({ leaveOffReason: e.target.value })}
                  />
                  {reasonMissing && !answer.leaveOffReason.trim() ? (
                    <div id={`${id}-reason-error`} role="alert" style={{ color: '#a8071a', marginTop: 4 }}>
                      {w('leaveOffReasonRequired')}
                    </div>
                  ) : null}
                </div>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
