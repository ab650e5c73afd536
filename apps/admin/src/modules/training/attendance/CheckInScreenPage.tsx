import { useEffect, useRef, useState } from 'react';
import { Button, Card, Flex, Grid, QRCode, Result, Skeleton, Statistic, Typography } from 'antd';
import { ArrowLeftOutlined, FullscreenExitOutlined, FullscreenOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { problemOf, serverNow, usePageTitle } from '@schoolbridge/ui';
import { trainingApi, trainingKeys } from '../api';
import { CODE_REFETCH_FLOOR_MS, attendanceApi, attendanceKeys, nextFetchDelay, participantSlots, todayInZone } from '../api-attendance';
import { LoadState, ProblemAlert } from './LoadState';
import { useHalfWord } from './marks';

/** The refusals of the code that a trainer can act on; each has its own words and way forward. */
const SCREEN_REFUSALS: Record<string, string> = {
  'training.attendance.notToday': 'notToday',
  'training.attendance.notParticipantSlot': 'notParticipantSlot',
  'training.attendance.sessionNotOpen': 'sessionNotOpen',
};

function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => serverNow());
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Full screen for the element, where the browser offers it (not on an iPhone's Safari). */
function useFullscreen(ref: React.RefObject<HTMLElement | null>) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const sync = () => setOn(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  const supported = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void ref.current?.requestFullscreen?.();
  };
  return { on, supported, toggle };
}

/**
 * 签到屏: the trainer's screen for one participant slot, on a projector or a phone: a large QR of
 * the check-in URL and the 6-digit code, the time left before it changes, and how many teachers
 * have checked in so far. The code is fetched again when it rotates (and every 30 s at least).
 */
export default function CheckInScreenPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const slotId = params.get('slot') ?? '';
  const { t } = useTranslation();
  const navigate = useNavigate();
  const halfWord = useHalfWord();
  const screens = Grid.useBreakpoint();
  const frame = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(frame);
  const now = useNow();
  const today = todayInZone(now);

  const session = useQuery({ queryKey: trainingKeys.session(id), queryFn: () => trainingApi.session(id) });
  const code = useQuery({
    queryKey: attendanceKeys.code(id, slotId),
    queryFn: () => attendanceApi.checkInCode(id, slotId),
    enabled: slotId !== '',
    staleTime: 0,
    gcTime: 0,
    retry: false,
    refetchInterval: CODE_REFETCH_FLOOR_MS,
    refetchIntervalInBackground: true,
  });
  const sheet = useQuery({
    queryKey: attendanceKeys.sheet(id, slotId),
    queryFn: () => attendanceApi.sheet(id, slotId),
    enabled: slotId !== '' && code.isSuccess,
    refetchInterval: 10_000,
    refetchIntervalInBackground: true,
  });

  const rotatesAt = code.data?.rotatesAt;
  const windowSeconds = code.data?.windowSeconds ?? 30;
  const refetchCode = code.refetch;
  useEffect(() => {
    if (!rotatesAt) return;
    const timer = setTimeout(() => void refetchCode(), nextFetchDelay(rotatesAt, windowSeconds));
    return () => clearTimeout(timer);
  }, [rotatesAt, windowSeconds, refetchCode]);

  usePageTitle(t('training.attendance.screen.title'));
  const sessionPath = `/training/sessions/${id}`;
  if (!session.data) {
    return <LoadState isPending={session.isPending} error={session.error} retry={() => void session.refetch()} backTo="/training/sessions" />;
  }
  const s = session.data;
  const slots = participantSlots(s);
  const slot = slots.find((x) => x.slotId === slotId);
  const todays = slots.filter((x) => x.date === today);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(`${sessionPath}?tab=attendance`)}>
      {t('training.attendance.common.backToSession')}
    </Button>
  );

  // No slot chosen (or not one of the session's): today's slots to choose from.
  if (!slot) {
    return (
      <Card title={s.title} extra={back}>
        {todays.length === 0 ? (
          <Result status="info" title={t('training.attendance.screen.noSlotToday')} subTitle={t('training.attendance.screen.noSlotTodayHint')} />
        ) : (
          <Flex vertical gap={12} align="stretch" style={{ maxWidth: 420, margin: '0 auto' }}>
            <Typography.Title level={2} style={{ fontSize: 18 }}>
              {t('training.attendance.screen.pickSlot')}
            </Typography.Title>
            {todays.map((x) => (
              <Button key={x.slotId} size="large" block icon={<QrcodeOutlined />} onClick={() => setParams({ slot: x.slotId }, { replace: true })}>
                {`${x.date} ${halfWord(x.half)} ${x.startsAt}–${x.endsAt}`}
              </Button>
            ))}
          </Flex>
        )}
      </Card>
    );
  }

  const slotLabel = `${slot.date} ${halfWord(slot.half)} ${slot.startsAt}–${slot.endsAt}`;
  const refusal = SCREEN_REFUSALS[problemOf(code.error)?.code ?? ''];
  let body: React.ReactNode;
  if (refusal) {
    body = (
      <Result
        status="warning"
        title={t(`training.attendance.screen.refused.${refusal}`)}
        subTitle={problemOf(code.error)?.detail}
        extra={t(`training.attendance.screen.refusedHint.${refusal}`)}
      />
    );
  } else if (code.error) {
    body = <ProblemAlert error={code.error} retry={() => void code.refetch()} title={t('training.attendance.screen.codeFailed')} />;
  } else if (!code.data) {
    body = <Skeleton active paragraph={{ rows: 6 }} />;
  } else {
    const url = new URL(code.data.url, window.location.origin).toString();
    const left = Math.max(0, Math.min(windowSeconds, Math.ceil((Date.parse(code.data.rotatesAt) - now) / 1000)));
    const c = sheet.data?.counts;
    const qrSize = screens.md ? 320 : 260;
    body = (
      <Flex vertical align="center" gap={16}>
        <div style={{ background: '#fff', padding: 8 }} data-testid="check-in-qr" data-url={url}>
          <QRCode value={url} size={qrSize} type="svg" errorLevel="M" bordered={false} aria-label={t('training.attendance.screen.qrLabel')} role="img" />
        </div>
        <div style={{ textAlign: 'center' }}>
          <Typography.Text type="secondary">{t('training.attendance.screen.codeLabel')}</Typography.Text>
          <div
            data-testid="check-in-code"
            style={{
              fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
              fontSize: screens.md ? 72 : 48,
              fontWeight: 700,
              letterSpacing: '0.12em',
              lineHeight: 1.1,
            }}
          >
            {code.data.code}
          </div>
          <Typography.Text data-testid="check-in-countdown">{t('training.attendance.screen.countdown', { seconds: left })}</Typography.Text>
        </div>
        <Statistic
          title={t('training.attendance.screen.checkedIn')}
          value={c ? c.present + c.late : '—'}
          suffix={c ? t('training.attendance.screen.ofExpected', { expected: c.teachers }) : undefined}
          data-testid="check-in-live-count"
        />
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', margin: 0 }}>
          {t('training.attendance.screen.teacherHint')}
        </Typography.Paragraph>
      </Flex>
    );
  }

  return (
    <div
      ref={frame}
      style={{ background: fullscreen.on ? '#fff' : undefined, padding: fullscreen.on ? 24 : 0, minHeight: fullscreen.on ? '100vh' : undefined }}
    >
      <Card
        styles={{ body: { padding: screens.md ? 24 : 16 } }}
        title={
          <Flex vertical>
            <Typography.Title level={1} data-testid="page-title" style={{ fontSize: screens.md ? 22 : 18, margin: 0, whiteSpace: 'normal' }}>
              {s.title}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ whiteSpace: 'normal' }}>
              {t('training.attendance.screen.title')} · {slotLabel}
            </Typography.Text>
          </Flex>
        }
        extra={
          <Flex gap={8} wrap>
            {fullscreen.supported && (
              <Button icon={fullscreen.on ? <FullscreenExitOutlined /> : <FullscreenOutlined />} onClick={fullscreen.toggle}>
                {t(fullscreen.on ? 'training.attendance.screen.exitFullscreen' : 'training.attendance.screen.fullscreen')}
              </Button>
            )}
            {!fullscreen.on && back}
          </Flex>
        }
      >
        {body}
      </Card>
    </div>
  );
}
