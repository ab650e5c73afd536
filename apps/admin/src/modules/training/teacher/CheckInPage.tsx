import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Radio, Result, Select, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isNetworkError, problemOf, serverNow, usePageTitle, type Problem } from '@schoolbridge/ui';
import { todayInZone } from '../api-attendance';
import { teacherApi, teacherKeys, type CheckInResult } from '../api-teacher';
import { MarkTag } from '../attendance/marks';

const SLOT_KEY = /^(\d{4}-\d{2}-\d{2})\.(am|pm)$/;
const CODE = /^\d{6}$/;

/** Problems of the code itself: shown under the code box, and the teacher types or scans again. */
const CODE_PROBLEMS = new Set(['checkIn.codeExpired', 'checkIn.codeInvalid']);

/** The half-day now, for a teacher typing the code without the QR (the morning until noon). */
function halfNow(now: Date = new Date(serverNow())): 'am' | 'pm' {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(now));
  return hour < 12 ? 'am' : 'pm';
}

/** A problem of the check-in in the teacher's words. */
function useProblemWords() {
  const { t } = useTranslation();
  return (err: unknown): string => {
    if (isNetworkError(err)) return t('training.checkIn.errors.network');
    const p = problemOf(err);
    if (p?.code === 'checkIn.codeExpired') return t('training.checkIn.errors.expired');
    return p?.detail ?? p?.title ?? t('training.checkIn.errors.failed');
  };
}

function Success({ result, onDone }: { result: CheckInResult; onDone: () => void }) {
  const { t } = useTranslation();
  const match = SLOT_KEY.exec(result.slotKey);
  return (
    <Result
      status="success"
      title={t('training.checkIn.success')}
      subTitle={
        <Flex vertical gap={8} align="center" data-testid="check-in-success">
          <span>{result.sessionTitle}</span>
          {match && <span>{`${match[1]} ${t(`training.attendance.half.${match[2]}`)}`}</span>}
          <span>
            <MarkTag mark={result.mark} /> {t('training.checkIn.recordedAt', { time: result.recordedTime })}
          </span>
          {result.mark === 'late' && <span>{t('training.checkIn.lateHint')}</span>}
        </Flex>
      }
      extra={
        <Button type="primary" size="large" onClick={onDone}>
          {t('training.checkIn.backToMine')}
        </Button>
      }
    />
  );
}

/**
 * 签到 on the teacher's phone. Opened from the trainer's QR (`/check-in?session=&slot=&code=`) it
 * asks to confirm and posts the code; otherwise the teacher types the 6-digit code (and picks the
 * session and half-day if the link did not say). It answers 出勤 or 迟到 with the time, or what went
 * wrong in words (an expired code: scan the new one). Without a session the shell's sign-in sends
 * the teacher to the login page and back here, the code still in the address.
 */
export default function CheckInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const words = useProblemWords();
  usePageTitle(t('training.checkIn.title'));
  const urlSession = params.get('session') ?? '';
  const urlSlot = SLOT_KEY.test(params.get('slot') ?? '') ? params.get('slot')! : '';
  const urlCode = CODE.test(params.get('code') ?? '') ? params.get('code')! : '';
  const [manual, setManual] = useState(!(urlSession && urlSlot && urlCode));
  const [sessionId, setSessionId] = useState(urlSession);
  const [half, setHalf] = useState<'am' | 'pm'>(() => (urlSlot ? (urlSlot.endsWith('.pm') ? 'pm' : 'am') : halfNow()));
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ problem: Problem | null; text: string } | null>(null);
  const today = todayInZone();
  const slot = urlSlot || `${today}.${half}`;

  // The teacher's enrolments: the session's title, and the sessions running today to choose from.
  const mine = useQuery({ queryKey: teacherKeys.sessions(1), queryFn: () => teacherApi.mySessions(1, 50) });
  const running = (mine.data?.items ?? []).filter((s) => s.status === 'enrolled' && s.sessionStatus === 'running');
  const title = mine.data?.items.find((s) => s.sessionId === sessionId)?.title;

  const checkIn = useMutation({
    mutationFn: (body: { sessionId: string; slot: string; code: string }) => teacherApi.checkIn(body),
    onMutate: () => {
      setCodeError(null);
      setRefusal(null);
    },
    onError: (err) => {
      const p = problemOf(err);
      if (p?.code && CODE_PROBLEMS.has(p.code)) {
        setManual(true);
        setCode('');
        setCodeError(words(err));
      } else {
        setRefusal({ problem: p, text: words(err) });
      }
    },
  });

  const back = () => void navigate('/training/my');
  if (checkIn.data) {
    return (
      <div style={{ maxWidth: 440, margin: '0 auto' }}>
        <Success result={checkIn.data} onDone={back} />
      </div>
    );
  }

  const slotMatch = SLOT_KEY.exec(slot);
  const slotWords = slotMatch ? `${slotMatch[1]} ${t(`training.attendance.half.${slotMatch[2]}`)}` : '';
  const already = refusal?.problem?.code === 'training.checkIn.already';

  const submitManual = () => {
    if (!sessionId) return;
    if (!CODE.test(code)) {
      setCodeError(t('training.checkIn.codeFormat'));
      return;
    }
    checkIn.mutate({ sessionId, slot, code });
  };

  return (
    <div style={{ maxWidth: 440, margin: '0 auto' }}>
      <Card>
        <Flex vertical gap={16}>
          <Typography.Title level={1} data-testid="page-title" style={{ fontSize: 22, margin: 0 }}>
            {t('training.checkIn.title')}
          </Typography.Title>
          {refusal &&
            (already ? (
              <Alert type="info" showIcon title={t('training.checkIn.alreadyTitle')} description={refusal.text} data-testid="check-in-refusal" />
            ) : (
              <Alert type="error" showIcon title={t('training.checkIn.failed')} description={refusal.text} data-testid="check-in-refusal" />
            ))}
          {!manual ? (
            <Flex vertical gap={12} data-testid="check-in-confirm">
              <Typography.Paragraph style={{ margin: 0 }}>{t('training.checkIn.confirmText')}</Typography.Paragraph>
              <div>
                <Typography.Text strong>{title ?? t('training.checkIn.sessionFromQr')}</Typography.Text>
                <div>{slotWords}</div>
                <div>{t('training.checkIn.codeIs', { code: urlCode })}</div>
              </div>
              <Button
                type="primary"
                size="large"
                block
                icon={<CheckCircleOutlined />}
                loading={checkIn.isPending}
                onClick={() => checkIn.mutate({ sessionId: urlSession, slot: urlSlot, code: urlCode })}
              >
                {t('training.checkIn.confirm')}
              </Button>
              <Button size="large" block onClick={back}>
                {t('training.attendance.common.cancel')}
              </Button>
            </Flex>
          ) : (
            <Form layout="vertical" requiredMark onFinish={submitManual} data-testid="check-in-form">
              {!urlSession && (
                <Form.Item label={t('training.checkIn.session')} required htmlFor="check-in-session">
                  <Select
                    id="check-in-session"
                    size="large"
                    value={sessionId || undefined}
                    onChange={(v: string) => setSessionId(v)}
                    options={running.map((s) => ({ value: s.sessionId, label: s.title }))}
                    placeholder={t('training.checkIn.sessionPlaceholder')}
                    loading={mine.isPending}
                    notFoundContent={t('training.checkIn.noRunning')}
                  />
                </Form.Item>
              )}
              {urlSession && <Typography.Paragraph strong>{title ?? t('training.checkIn.sessionFromQr')}</Typography.Paragraph>}
              {urlSlot ? (
                <Typography.Paragraph>{slotWords}</Typography.Paragraph>
              ) : (
                <Form.Item label={t('training.checkIn.half', { date: today })}>
                  <Radio.Group
                    size="large"
                    optionType="button"
                    buttonStyle="solid"
                    value={half}
                    onChange={(e) => setHalf(e.target.value as 'am' | 'pm')}
                    options={[
                      { value: 'am', label: t('training.attendance.half.am') },
                      { value: 'pm', label: t('training.attendance.half.pm') },
                    ]}
                  />
                </Form.Item>
              )}
              <Form.Item
                label={t('training.checkIn.code')}
                htmlFor="check-in-code"
                required
                validateStatus={codeError ? 'error' : undefined}
                help={codeError ?? t('training.checkIn.codeHint')}
              >
                <Input
                  id="check-in-code"
                  size="large"
                  inputMode="numeric"
                  pattern="[0-9]*"
                  autoComplete="one-time-code"
                  maxLength={6}
                  value={code}
                  onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
                  style={{ fontSize: 28, letterSpacing: '0.3em', textAlign: 'center' }}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" size="large" block loading={checkIn.isPending} disabled={!sessionId}>
                {t('training.checkIn.submit')}
              </Button>
            </Form>
          )}
        </Flex>
      </Card>
    </div>
  );
}
