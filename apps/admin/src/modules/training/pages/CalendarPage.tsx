import { useMemo } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Grid, Radio, Segmented, Space, Typography } from 'antd';
import { LeftOutlined, PlusOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, PageTitle, PinyinSelect, TableSkeleton, problemOf, serverToday, useAuth } from '@schoolbridge/ui';
import { TRAINING_MANAGE, trainingApi, trainingKeys, useExpertOptions, useVenueOptions, type CalendarSession } from '../api';
import { SessionStatusTag } from '../components/status';
import { useTrainingVocab } from '../components/vocab';
import { today as todayDate } from '../components/format';

type View = 'month' | 'week';
type By = 'venue' | 'expert';

const FMT = 'YYYY-MM-DD';

/** Monday of the week holding `d` (weeks run Monday to Sunday, as on Chinese calendars). */
function mondayOf(d: Dayjs): Dayjs {
  return d.subtract((d.day() + 6) % 7, 'day');
}

/** The days the view shows: whole weeks covering the month, or one week. */
function visibleDays(view: View, anchor: Dayjs): Dayjs[] {
  if (view === 'week') {
    const start = mondayOf(anchor);
    return Array.from({ length: 7 }, (_, i) => start.add(i, 'day'));
  }
  const first = anchor.startOf('month');
  const start = mondayOf(first);
  const last = anchor.endOf('month');
  const end = mondayOf(last).add(6, 'day');
  const n = end.diff(start, 'day') + 1;
  return Array.from({ length: n }, (_, i) => start.add(i, 'day'));
}

/** The anchor date from the URL: `month=2026-12` (month view) or `week=2026-12-07` (week view). */
function readAnchor(params: URLSearchParams, view: View): Dayjs {
  const raw = view === 'week' ? params.get('week') : params.get('month');
  const d = raw ? dayjs(view === 'week' ? raw : `${raw}-01`) : dayjs(serverToday());
  return d.isValid() ? d : dayjs(serverToday());
}

function SessionBlock({ session, date, detailed }: { session: CalendarSession; date: string; detailed: boolean }) {
  const { t } = useTranslation();
  const vocab = useTrainingVocab();
  const day = session.days.find((d) => d.date === date);
  return (
    <Link
      to={`/training/sessions/${session.id}`}
      className={`sb-calendar-block sb-calendar-${session.status}`}
      data-testid="calendar-session"
      aria-label={t('training.calendar.blockLabel', { title: session.title, venue: session.venueName, date })}
      style={{
        display: 'block',
        padding: '4px 6px',
        marginBottom: 4,
        borderRadius: 4,
        border: '1px solid #d9d9d9',
        borderInlineStart: '3px solid #0958d9',
        background: '#fff',
        color: '#262626',
        textDecoration: session.status === 'cancelled' ? 'line-through' : undefined,
        fontSize: 12,
        lineHeight: 1.4,
      }}
    >
      <div style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{session.title}</div>
      <div style={{ color: '#434343' }}>{session.venueName}</div>
      <SessionStatusTag status={session.status} />
      {detailed && day && (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 0, listStyle: 'none' }}>
          {day.halves.map((h) => (
            <li key={h.half}>
              {vocab.label('halfDays', h.half)} {h.startsAt}–{h.endsAt}
              {h.moduleKinds.length > 0 && `：${h.moduleKinds.map((k) => vocab.label('moduleKinds', k)).join('、')}`}
              {!h.participantSlot && `（${t('training.calendar.teamOnly')}）`}
            </li>
          ))}
        </ul>
      )}
      {detailed && session.team.length > 0 && (
        <div style={{ color: '#434343', marginTop: 2 }}>
          {t('training.calendar.team')}：{session.team.map((m) => m.name).join('、')}
        </div>
      )}
    </Link>
  );
}

/** 培训日历: the sessions in scope by month or week, all or by venue or by expert; a block opens the session. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'week' ? 'week' : 'month';
  const by: By = params.get('by') === 'expert' ? 'expert' : 'venue';
  const venueId = params.get('venueId') ?? undefined;
  const expertId = params.get('expertId') ?? undefined;
  const includeCancelled = params.get('cancelled') === 'true';
  const anchor = readAnchor(params, view);
  const anchorDate = anchor.format(FMT);
  const days = useMemo(() => visibleDays(view, dayjs(anchorDate)), [view, anchorDate]);
  const from = days[0]!.format(FMT);
  const to = days.at(-1)!.format(FMT);
  const today = todayDate();
  const venues = useVenueOptions();
  const experts = useExpertOptions();

  const filter = by === 'venue' ? (venueId ? { venueId } : {}) : expertId ? { expertId } : {};
  const query = useQuery({
    queryKey: [...trainingKeys.calendar, from, to, filter, includeCancelled],
    queryFn: () => trainingApi.calendar({ from, to, ...filter, ...(includeCancelled ? { includeCancelled: true } : {}) }),
    placeholderData: keepPreviousData,
  });

  const update = (change: Record<string, string | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(change)) {
        if (v === null || v === '') next.delete(k);
        else next.set(k, v);
      }
      return next;
    });
  const goTo = (d: Dayjs, v: View = view) =>
    update(v === 'week' ? { view: 'week', week: mondayOf(d).format(FMT), month: null } : { view: null, month: d.format('YYYY-MM'), week: null });
  const step = (n: number) => goTo(view === 'week' ? anchor.add(n, 'week') : anchor.add(n, 'month'));

  const byDate = useMemo(() => {
    const map = new Map<string, CalendarSession[]>();
    for (const s of query.data?.items ?? []) {
      for (const d of s.days) {
        const list = map.get(d.date) ?? [];
        list.push(s);
        map.set(d.date, list);
      }
    }
    return map;
  }, [query.data]);

  const heading =
    view === 'week'
      ? t('training.calendar.weekHeading', { from: days[0]!.format(FMT), to: days.at(-1)!.format(FMT) })
      : t('training.calendar.monthHeading', { year: anchor.year(), month: anchor.month() + 1 });
  const weekdays = [1, 2, 3, 4, 5, 6, 0].map((d) => t(`training.weekday.${d}`));
  const problem = query.isError ? problemOf(query.error) : null;
  const sessionsInView = query.data?.items.length ?? 0;
  const agenda = !screens.md;

  const cell = (d: Dayjs) => {
    const date = d.format(FMT);
    const list = byDate.get(date) ?? [];
    const isToday = date === today;
    const outside = view === 'month' && d.month() !== anchor.month();
    return { date, list, isToday, outside };
  };

  const toolbar = (
    <Flex wrap gap={12} justify="space-between" align="center" style={{ marginBottom: 16 }}>
      <Space wrap>
        <Button
          icon={<LeftOutlined />}
          aria-label={view === 'week' ? t('training.calendar.prevWeek') : t('training.calendar.prevMonth')}
          onClick={() => step(-1)}
        />
        <Button onClick={() => goTo(dayjs(serverToday()))}>{t('training.calendar.today')}</Button>
        <Button
          icon={<RightOutlined />}
          aria-label={view === 'week' ? t('training.calendar.nextWeek') : t('training.calendar.nextMonth')}
          onClick={() => step(1)}
        />
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} aria-live="polite">
          {heading}
        </Typography.Title>
      </Space>
      <Space wrap>
        <Segmented<View>
          aria-label={t('training.calendar.view')}
          value={view}
          options={[
            { value: 'month', label: t('training.calendar.month') },
            { value: 'week', label: t('training.calendar.week') },
          ]}
          onChange={(v) =>
            goTo(
              v === 'week' && view === 'month'
                ? anchor.month() === dayjs(serverToday()).month() && anchor.year() === dayjs(serverToday()).year()
                  ? dayjs(serverToday())
                  : anchor.startOf('month')
                : anchor,
              v,
            )
          }
        />
        <Radio.Group
          aria-label={t('training.calendar.by')}
          optionType="button"
          value={by}
          options={[
            { value: 'venue', label: t('training.calendar.byVenue') },
            { value: 'expert', label: t('training.calendar.byExpert') },
          ]}
          onChange={(e) => update({ by: e.target.value === 'expert' ? 'expert' : null, venueId: null, expertId: null })}
        />
        {by === 'venue' ? (
          <PinyinSelect
            aria-label={t('training.calendar.venue')}
            allowClear
            style={{ minWidth: 200 }}
            placeholder={t('training.calendar.allVenues')}
            loading={venues.isPending}
            options={(venues.data ?? []).map((o) => ({ value: o.value, label: o.label }))}
            value={venueId}
            onChange={(v) => update({ venueId: (v as string | undefined) ?? null })}
          />
        ) : (
          <PinyinSelect
            aria-label={t('training.calendar.expert')}
            allowClear
            style={{ minWidth: 200 }}
            placeholder={t('training.calendar.allExperts')}
            loading={experts.isPending}
            options={(experts.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
            value={expertId}
            onChange={(v) => update({ expertId: (v as string | undefined) ?? null })}
          />
        )}
        <Checkbox checked={includeCancelled} onChange={(e) => update({ cancelled: e.target.checked ? 'true' : null })}>
          {t('training.calendar.includeCancelled')}
        </Checkbox>
      </Space>
    </Flex>
  );

  let body;
  if (query.isPending) body = <TableSkeleton rows={5} columns={7} />;
  else if (query.isError && !query.data)
    body = (
      <Alert
        type="error"
        showIcon
        title={t('training.calendar.loadFailed')}
        description={problem?.detail ?? problem?.title}
        action={
          <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()}>
            {t('training.common.retry')}
          </Button>
        }
      />
    );
  else if (agenda) {
    const withSessions = days.map(cell).filter((c) => c.list.length > 0 && !c.outside);
    body =
      withSessions.length === 0 ? (
        <EmptyState
          description={t('training.calendar.empty')}
          {...(can(TRAINING_MANAGE) ? { action: { label: t('training.sessions.new'), to: '/training/sessions/new' } } : {})}
        />
      ) : (
        <ol aria-label={heading} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {withSessions.map((c) => (
            <li key={c.date} aria-current={c.isToday ? 'date' : undefined} style={{ marginBottom: 12 }}>
              <Typography.Text strong>
                {c.date} {t(`training.weekday.${dayjs(c.date).day()}`)}
                {c.isToday && ` · ${t('training.calendar.todayMark')}`}
              </Typography.Text>
              {c.list.map((s) => (
                <SessionBlock key={s.id} session={s} date={c.date} detailed={false} />
              ))}
            </li>
          ))}
        </ol>
      );
  } else {
    const weeks: Dayjs[][] = [];
    for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
    body = (
      <>
        <table className="sb-calendar" style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse' }}>
          <caption className="sb-visually-hidden" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
            {heading}
          </caption>
          <thead>
            <tr>
              {weekdays.map((w) => (
                <th key={w} scope="col" style={{ padding: 6, background: '#fafafa', borderBottom: '1px solid #f0f0f0', fontWeight: 600 }}>
                  {w}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]!.format(FMT)}>
                {week.map((d) => {
                  const c = cell(d);
                  return (
                    <td
                      key={c.date}
                      data-date={c.date}
                      aria-current={c.isToday ? 'date' : undefined}
                      style={{
                        verticalAlign: 'top',
                        border: '1px solid #f0f0f0',
                        padding: 4,
                        height: view === 'week' ? 240 : 110,
                        background: c.isToday ? '#e6f4ff' : c.outside ? '#fafafa' : undefined,
                      }}
                    >
                      <div style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 4, color: c.outside ? '#595959' : '#262626' }}>
                        <span>{view === 'week' ? d.format('MM-DD') : d.date()}</span>
                        {c.isToday && (
                          <Typography.Text strong style={{ color: '#003eb3' }}>
                            {t('training.calendar.todayMark')}
                          </Typography.Text>
                        )}
                      </div>
                      {c.list.map((s) => (
                        <SessionBlock key={s.id} session={s} date={c.date} detailed={view === 'week'} />
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {sessionsInView === 0 && (
          <EmptyState
            description={t('training.calendar.empty')}
            {...(can(TRAINING_MANAGE) ? { action: { label: t('training.sessions.new'), to: '/training/sessions/new' } } : {})}
          />
        )}
      </>
    );
  }

  return (
    <div>
      <PageTitle
        title={t('training.calendar.title')}
        description={t('training.calendar.description')}
        {...(can(TRAINING_MANAGE)
          ? {
              actions: (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/training/sessions/new')}>
                  {t('training.sessions.new')}
                </Button>
              ),
            }
          : {})}
      />
      <Card>
        {toolbar}
        {body}
      </Card>
    </div>
  );
}
