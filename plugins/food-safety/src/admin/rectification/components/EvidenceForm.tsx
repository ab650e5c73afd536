/**
 * 提交整改材料 for one item: what was done, and photos or scans. On a phone the camera button opens
 * the camera (capture="environment"); files go up through core's files API as they are picked,
 * filed under the school so the county's inspectors can read them.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { Alert, Button, Flex, Input, List, Typography } from 'antd';
import { CameraOutlined, DeleteOutlined, PaperClipOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { problemOf } from '@schoolbridge/ui';
import { rectificationApi, type UploadedFile } from '../api';

export interface EvidenceFormProps {
  /** The canteen's school: uploads are filed under it. */
  organisationId: string | null;
  onSubmit: (body: { note: string; fileIds: string[] }) => Promise<unknown>;
  onCancel?: () => void;
}

const NOTE_MAX = 2000;
const FILES_MAX = 12;

export function EvidenceForm({ organisationId, onSubmit, onCancel }: EvidenceFormProps) {
  const { t } = useTranslation();
  const f = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.rectification.evidence.${key}`, opts);
  const noteId = useId();
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);

  async function onPick(e: ChangeEvent<HTMLInputElement>) {
    const picked = Array.from(e.target.files ?? []);
    e.target.value = '';
    if (picked.length === 0) return;
    setError(null);
    setUploading(true);
    try {
      for (const file of picked.slice(0, FILES_MAX - files.length)) {
        const up = await rectificationApi.upload(file, organisationId);
        setFiles((prev) => [...prev, up]);
      }
    } catch (err) {
      setError(problemOf(err)?.detail ?? f('uploadFailed'));
    } finally {
      setUploading(false);
    }
  }

  async function submit() {
    const text = note.trim();
    if (!text) {
      setNoteError(f('noteRequired'));
      return;
    }
    setNoteError(null);
    setError(null);
    setSaving(true);
    try {
      await onSubmit({ note: text, fileIds: files.map((x) => x.id) });
    } catch (err) {
      const p = problemOf(err);
      setError(p ? [p.detail, ...(p.errors ?? []).map((x) => x.message)].filter(Boolean).join(' ') : f('submitFailed'));
      setSaving(false);
    }
  }

  return (
    <Flex vertical gap={8} className="fs-evidence-form">
      <label htmlFor={noteId}>
        <Typography.Text strong>{f('note')}</Typography.Text>
      </label>
      <Input.TextArea
        id={noteId}
        value={note}
        maxLength={NOTE_MAX}
        autoSize={{ minRows: 3, maxRows: 8 }}
        placeholder={f('notePlaceholder')}
        status={noteError ? 'error' : undefined}
        aria-invalid={noteError ? true : undefined}
        aria-describedby={noteError ? `${noteId}-error` : undefined}
        onChange={(e) => setNote(e.target.value)}
      />
      {noteError ? (
        <Typography.Text type="danger" id={`${noteId}-error`} role="alert">
          {noteError}
        </Typography.Text>
      ) : null}
      <input ref={camera} type="file" accept="image/*" capture="environment" hidden data-testid="evidence-camera" onChange={(e) => void onPick(e)} />
      <input ref={picker} type="file" accept="image/*,application/pdf" multiple hidden data-testid="evidence-files" onChange={(e) => void onPick(e)} />
      <Flex gap={8} wrap>
        <Button icon={<CameraOutlined />} size="large" loading={uploading} disabled={files.length >= FILES_MAX} onClick={() => camera.current?.click()}>
          {f('takePhoto')}
        </Button>
        <Button icon={<PaperClipOutlined />} size="large" disabled={uploading || files.length >= FILES_MAX} onClick={() => picker.current?.click()}>
          {f('chooseFiles')}
        </Button>
      </Flex>
      {files.length > 0 ? (
        <List
          size="small"
          aria-label={f('attached')}
          dataSource={files}
          renderItem={(file) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  type="text"
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={f('removeFile', { name: file.originalName })}
                  onClick={() => setFiles((prev) => prev.filter((x) => x.id !== file.id))}
                />,
              ]}
            >
              {file.originalName}
            </List.Item>
          )}
        />
      ) : null}
      {error ? <Alert type="error" showIcon message={error} /> : null}
      <Flex gap={8} wrap>
        <Button type="primary" size="large" icon={<SendOutlined />} loading={saving} disabled={uploading} onClick={() => void submit()}>
          {f('submit')}
        </Button>
        {onCancel ? (
          <Button size="large" onClick={onCancel}>
            {t('foodSafety.rectification.cancel')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
