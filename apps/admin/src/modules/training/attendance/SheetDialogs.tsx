import { useEffect, useRef, useState } from 'react';
import { Button, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiForm, problemOf } from '@schoolbridge/ui';
import {
  ATTENDANCE_MARKS,
  attendanceApi,
  attendanceKeys,
  type AttendanceMark,
  type AttendanceRow,
  type MarkResult,
  type SlotAttendance,
} from '../api-attendance';
import { MarkTag } from './marks';

/**
 * 补登 / 更正 of one teacher's mark in a slot, with the reason the API requires. A record being
 * corrected is sent with its version; when someone changed it meanwhile (409) the sheet is reloaded
 * so the next try corrects what is there now. Before the slot's day only 请假 can be entered.
 */
export function CorrectionDialog({
  sessionId,
  sheet,
  row,
  future,
  onClose,
  onSaved,
  onStale,
}: {
  sessionId: string;
  sheet: SlotAttendance;
  row: AttendanceRow | null;
  future: boolean;
  onClose: () => void;
  onSaved: (result: MarkResult) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  if (!row) return null;
  const correcting = row.attendanceId !== null;
  const title = t(correcting ? 'training.attendance.correct.titleCorrect' : 'training.attendance.correct.titleMark', { name: row.name });
  return (
    <Modal open title={title} footer={null} onCancel={onClose} destroyOnHidden>
      <ApiForm<{ mark: AttendanceMark; reason: string }>
        layout="vertical"
        guardUnsaved={false}
        initialValues={{ mark: future ? 'excused' : (row.mark ?? 'present'), reason: '' }}
        submitLabel={t('training.attendance.correct.submit')}
        successMessage={t('training.attendance.correct.saved', { name: row.name })}
        fieldLabels={{
          mark: t('training.attendance.correct.mark'),
          reason: t('training.attendance.correct.reason'),
          version: t('training.attendance.correct.version'),
        }}
        onSubmit={async (v) => {
          try {
            return await attendanceApi.mark(sessionId, sheet.slotId, row.teacherId, {
              mark: v.mark,
              reason: v.reason.trim(),
              ...(row.version !== null ? { version: row.version } : {}),
            });
          } catch (err) {
            if (problemOf(err)?.status === 409) onStale();
            throw err;
          }
        }}
        onSuccess={(result) => onSaved(result as MarkResult)}
        actions={<Button onClick={onClose}>{t('training.attendance.common.cancel')}</Button>}
      >
        {correcting && (
          <Typography.Paragraph>
            {t('training.attendance.correct.current')} <MarkTag mark={row.mark} />
          </Typography.Paragraph>
        )}
        <Form.Item
          name="mark"
          label={t('training.attendance.correct.mark')}
          rules={[{ required: true, message: t('training.attendance.correct.markRequired') }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={ATTENDANCE_MARKS.map((m) => ({ value: m, label: t(`training.attendance.mark.${m}`), disabled: future && m !== 'excused' }))}
          />
        </Form.Item>
        {future && <Typography.Paragraph type="secondary">{t('training.attendance.correct.futureHint', { date: sheet.date })}</Typography.Paragraph>}
        <Form.Item
          name="reason"
          label={t('training.attendance.correct.reason')}
          rules={[{ required: true, whitespace: true, message: t('training.attendance.correct.reasonRequired') }]}
          extra={t('training.attendance.correct.reasonHint')}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </ApiForm>
    </Modal>
  );
}

/** A teacher the session is open to, searched by name, full pinyin or initials on the server. */
function TeacherPicker({ sessionId, id, value, onChange }: { sessionId: string; id?: string; value?: string; onChange?: (value: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const found = useQuery({
    queryKey: attendanceKeys.teacherSearch(sessionId, q),
    queryFn: () => attendanceApi.searchTeachers(sessionId, q),
    enabled: q !== '',
    staleTime: 30_000,
    retry: false,
  });
  const options = (found.data?.items ?? []).map((x) => ({
    value: x.id,
    label: t('training.attendance.walkIn.option', { name: x.name, school: x.schoolName }),
  }));
  return (
    <Select
      id={id}
      data-testid="walk-in-teacher"
      aria-label={t('training.attendance.walkIn.teacher')}
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => setQ(text.trim()), 300);
        },
      }}
      value={value}
      onChange={(v: string) => onChange?.(v)}
      options={options}
      loading={found.isFetching}
      placeholder={t('training.attendance.walkIn.placeholder')}
      notFoundContent={
        q === ''
          ? t('training.attendance.walkIn.typeToSearch')
          : found.isError
            ? (problemOf(found.error)?.detail ?? t('training.attendance.walkIn.searchFailed'))
            : found.isFetching
              ? t('training.attendance.walkIn.searching')
              : t('training.attendance.walkIn.noMatch')
      }
      style={{ width: '100%' }}
    />
  );
}

/** 现场加入: a teacher of the directory who joined on the day, present in this slot, flagged as a walk-in (takes no seat). */
export function WalkInDialog({
  sessionId,
  sheet,
  open,
  onClose,
  onAdded,
}: {
  sessionId: string;
  sheet: SlotAttendance;
  open: boolean;
  onClose: () => void;
  onAdded: (sheet: SlotAttendance) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('training.attendance.walkIn.title')} footer={null} onCancel={onClose} destroyOnHidden>
      <ApiForm<{ teacherId: string }>
        layout="vertical"
        guardUnsaved={false}
        submitLabel={t('training.attendance.walkIn.submit')}
        successMessage={t('training.attendance.walkIn.added')}
        fieldLabels={{ teacherId: t('training.attendance.walkIn.teacher'), slotId: t('training.attendance.walkIn.slot') }}
        onSubmit={(v) => attendanceApi.walkIn(sessionId, { teacherId: v.teacherId, slotId: sheet.slotId })}
        onSuccess={(result) => onAdded(result as SlotAttendance)}
        actions={<Button onClick={onClose}>{t('training.attendance.common.cancel')}</Button>}
      >
        <Typography.Paragraph type="secondary">{t('training.attendance.walkIn.hint')}</Typography.Paragraph>
        <Form.Item
          name="teacherId"
          label={t('training.attendance.walkIn.teacher')}
          rules={[{ required: true, message: t('training.attendance.walkIn.teacherRequired') }]}
        >
          <TeacherPicker sessionId={sessionId} />
        </Form.Item>
      </ApiForm>
    </Modal>
  );
}
