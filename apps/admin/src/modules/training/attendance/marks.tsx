import { useCallback } from 'react';
import { Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { StatusTag, TONE_COLORS, defineStatusMap, type StatusTone } from '@schoolbridge/ui';
import { attendanceApi, attendanceKeys, type AttendanceMark, type AttendanceSource, type HalfDay } from '../api-attendance';

/** 出勤 / 迟到 / 缺勤 / 请假: late counts as attended, excused does not (DOMAIN.md §4). */
export const MARK_STATUS = defineStatusMap<AttendanceMark>({
  present: { label: 'training.attendance.mark.present', tone: 'success' },
  late: { label: 'training.attendance.mark.late', tone: 'warning' },
  absent: { label: 'training.attendance.mark.absent', tone: 'error' },
  excused: { label: 'training.attendance.mark.excused', tone: 'processing' },
});

/** A slot's mark as a tag with its word; no record yet is 未签到. */
export function MarkTag({ mark }: { mark: AttendanceMark | null | undefined }) {
  const { t } = useTranslation();
  if (!mark) return <ToneTag tone="default">{t('training.attendance.mark.none')}</ToneTag>;
  return <StatusTag value={mark} map={MARK_STATUS} />;
}

/** A tag in one of the kit's tones (their words pass 4.5:1 on their backgrounds). */
export function ToneTag({ tone, children }: { tone: StatusTone; children: React.ReactNode }) {
  const c = TONE_COLORS[tone];
  return <Tag style={{ color: c.color, background: c.background, borderColor: c.border, marginInlineEnd: 0 }}>{children}</Tag>;
}

/** How a mark was made: 签到码 / 培训者确认 / 补登 / 现场加入. */
export function SourceText({ source }: { source: AttendanceSource | null | undefined }) {
  const { t } = useTranslation();
  return <>{source ? t(`training.attendance.source.${source}`) : t('training.attendance.none')}</>;
}

/** 上午 / 下午. */
export function useHalfWord() {
  const { t } = useTranslation();
  return (half: HalfDay | string) => t(`training.attendance.half.${half}`);
}

/** `2026-12-07 上午 08:30–12:00`. */
export function SlotText({ date, half, startsAt, endsAt }: { date: string; half: HalfDay | string; startsAt?: string; endsAt?: string }) {
  const halfWord = useHalfWord();
  return (
    <span>
      {date} {halfWord(half)}
      {startsAt && endsAt ? ` ${startsAt}–${endsAt}` : ''}
    </span>
  );
}

/** Subjects in the user's language (语文、数学), from the directory's words; `ready` once they are there (or failed: codes then). */
export function useSubjectWords() {
  const { i18n } = useTranslation();
  const query = useQuery({ queryKey: attendanceKeys.directoryVocabularies, queryFn: attendanceApi.directoryVocabularies, staleTime: Infinity });
  const en = i18n.language?.startsWith('en');
  const words = useCallback(
    (codes: string[]) =>
      codes
        .map((code) => {
          const e = query.data?.subjects.find((x) => x.code === code);
          return e ? (en ? e.name.en : e.name['zh-CN']) : code;
        })
        .join(en ? ', ' : '、'),
    [query.data, en],
  );
  return { words, ready: !query.isPending };
}
