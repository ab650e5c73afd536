import { Button } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PrintLayout, usePageTitle } from '@schoolbridge/ui';
import { attendanceApi, attendanceKeys, type SignInSheet } from '../api-attendance';
import { LoadState } from './LoadState';
import { useHalfWord, useSubjectWords } from './marks';
import './sign-in-sheet.css';

/** Blank rows under each slot's list, for teachers who join on the day to sign by hand. */
const BLANK_ROWS = 3;

function SlotTable({ slot, subjects }: { slot: SignInSheet['slots'][number]; subjects: (codes: string[]) => string }) {
  const { t } = useTranslation();
  const halfWord = useHalfWord();
  const heading = `${slot.date} ${halfWord(slot.half)} ${slot.startsAt}–${slot.endsAt}`;
  return (
    <section className="sb-signin-slot" aria-label={heading} data-testid={`sign-in-slot-${slot.slotKey}`}>
      <h2>{heading}</h2>
      <table>
        <thead>
          <tr>
            <th className="sb-signin-no">{t('training.attendance.signIn.no')}</th>
            <th>{t('training.attendance.signIn.name')}</th>
            <th>{t('training.attendance.signIn.school')}</th>
            <th>{t('training.attendance.signIn.subjects')}</th>
            <th className="sb-signin-sign">{t('training.attendance.signIn.signature')}</th>
            <th className="sb-signin-note">{t('training.attendance.signIn.note')}</th>
          </tr>
        </thead>
        <tbody>
          {slot.rows.map((r) => (
            <tr key={r.teacherId}>
              <td className="sb-signin-no">{r.no}</td>
              <td>{r.name}</td>
              <td>{r.schoolName}</td>
              <td>{subjects(r.subjects)}</td>
              <td className="sb-signin-sign" />
              <td className="sb-signin-note">{r.walkIn ? t('training.attendance.signIn.walkIn') : ''}</td>
            </tr>
          ))}
          {Array.from({ length: BLANK_ROWS }, (_, i) => (
            <tr key={`blank-${i}`} data-blank="true">
              <td className="sb-signin-no">{slot.rows.length + i + 1}</td>
              <td />
              <td />
              <td />
              <td className="sb-signin-sign" />
              <td className="sb-signin-note" />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * 签到表 to print (A4, the browser's print view): the session's facts, then one table per
 * participant slot — 序号 / 姓名 / 学校 / 学科 / 签名 / 备注, walk-ins marked — each slot on its own page.
 */
export default function SignInSheetPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useQuery({ queryKey: attendanceKeys.signInSheet(id), queryFn: () => attendanceApi.signInSheet(id) });
  // the subjects' words are printed, so the sheet waits for them
  const subjects = useSubjectWords();
  usePageTitle(query.data ? `${t('training.attendance.signIn.title')} · ${query.data.title}` : t('training.attendance.signIn.title'));
  const sessionPath = `/training/sessions/${id}`;
  if (!query.data || !subjects.ready) {
    return <LoadState isPending={query.isPending || !subjects.ready} error={query.error} retry={() => void query.refetch()} backTo="/training/sessions" />;
  }
  const sheet = query.data;
  return (
    <PrintLayout
      title={t('training.attendance.signIn.title')}
      signatures={[{ label: t('training.attendance.signIn.signer'), stamp: false }]}
      actions={
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(`${sessionPath}?tab=attendance`)}>
          {t('training.attendance.common.backToSession')}
        </Button>
      }
    >
      <dl className="sb-signin-facts">
        <div>
          <dt>{t('training.attendance.signIn.facts.session')}</dt>
          <dd>{sheet.title}</dd>
        </div>
        <div>
          <dt>{t('training.attendance.signIn.facts.programme')}</dt>
          <dd>{sheet.programmeName}</dd>
        </div>
        <div>
          <dt>{t('training.attendance.signIn.facts.venue')}</dt>
          <dd>{sheet.venueName}</dd>
        </div>
        <div>
          <dt>{t('training.attendance.signIn.facts.dates')}</dt>
          <dd>{t('training.attendance.signIn.dateRange', { from: sheet.startsOn, to: sheet.endsOn })}</dd>
        </div>
        <div>
          <dt>{t('training.attendance.signIn.facts.hours')}</dt>
          <dd>{t('training.attendance.signIn.hoursValue', { count: sheet.creditHours })}</dd>
        </div>
      </dl>
      {sheet.slots.length === 0 ? (
        <p>{t('training.attendance.signIn.noSlots')}</p>
      ) : (
        sheet.slots.map((slot) => <SlotTable key={slot.slotId} slot={slot} subjects={subjects.words} />)
      )}
    </PrintLayout>
  );
}
