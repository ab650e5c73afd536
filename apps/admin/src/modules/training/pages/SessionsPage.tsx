import { Button, Space } from 'antd';
import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Count,
  DataTable,
  PageTitle,
  rowActionsColumn,
  useAuth,
  type DataTableColumn,
  type FilterDef,
  type ListParams,
  type RowMoreAction,
} from '@schoolbridge/ui';
import {
  SESSION_STATUSES,
  TRAINING_MANAGE,
  trainingApi,
  trainingKeys,
  useExpertOptions,
  useProgrammeOptions,
  useVenueOptions,
  type SessionListItem,
} from '../api';
import { SeatsText } from '../components/SeatsText';
import { SessionStatusTag } from '../components/status';
import { useSessionActions } from '../components/useSessionActions';

/** 培训班次: the sessions in scope with a query form, paged by the server, and their actions. */
export default function SessionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const manage = can(TRAINING_MANAGE);
  const programmes = useProgrammeOptions();
  const venues = useVenueOptions();
  const experts = useExpertOptions();
  const actions = useSessionActions();
  const f = (key: string) => t(`training.sessions.${key}`);

  const filters: FilterDef[] = [
    { type: 'select', name: 'programmeId', label: f('programme'), options: programmes.data ?? [] },
    { type: 'select', name: 'status', label: f('status'), options: SESSION_STATUSES.map((s) => ({ value: s, label: t(`training.status.${s}`) })) },
    { type: 'select', name: 'venueId', label: f('venue'), options: (venues.data ?? []).map((v) => ({ value: v.value, label: v.label })) },
    { type: 'select', name: 'expertId', label: f('expert'), options: (experts.data ?? []).map((x) => ({ value: x.id, label: x.name })) },
    { type: 'dateRange', name: 'dates', label: f('dateRange'), from: 'from', to: 'to' },
    { type: 'text', name: 'q', label: f('keyword'), placeholder: f('keywordPlaceholder') },
  ];

  const more = (row: SessionListItem): RowMoreAction[] => {
    const list: RowMoreAction[] = [];
    if (row.status === 'draft') list.push({ key: 'publish', label: f('actions.publish'), onClick: () => actions.run('publish', row), disabled: actions.busy });
    if (row.status === 'draft' || row.status === 'published')
      list.push({ key: 'cancel', label: f('actions.cancel'), danger: true, onClick: () => actions.run('cancel', row), disabled: actions.busy });
    return list;
  };
  const editable = (row: SessionListItem) => row.status !== 'completed' && row.status !== 'cancelled';

  const columns: DataTableColumn<SessionListItem>[] = [
    {
      key: 'title',
      title: f('title'),
      sorter: true,
      hideable: false,
      render: (_, row) => <Link to={`/training/sessions/${row.id}`}>{row.title}</Link>,
    },
    { key: 'programme', title: f('programme'), render: (_, row) => <Link to={`/training/programmes/${row.programmeId}`}>{row.programmeName}</Link> },
    { key: 'venue', title: f('venue'), render: (_, row) => row.venueName },
    {
      key: 'startsOn',
      title: f('dates'),
      sorter: true,
      render: (_, row) => (row.startsOn === row.endsOn ? row.startsOn : `${row.startsOn} ~ ${row.endsOn}`),
    },
    { key: 'creditHours', title: f('creditHours'), render: (_, row) => <Count value={row.creditHours} unit="hours" /> },
    { key: 'seats', title: f('seats'), render: (_, row) => <SeatsText seatsTaken={row.seatsTaken} capacity={row.capacity} waitlisted={row.waitlisted} /> },
    { key: 'leader', title: f('leader'), defaultHidden: true, render: (_, row) => row.teamLeaderName ?? t('training.common.none') },
    { key: 'status', title: f('status'), render: (_, row) => <SessionStatusTag status={row.status} /> },
    rowActionsColumn<SessionListItem>(
      (row) => ({
        view: `/training/sessions/${row.id}`,
        ...(manage && editable(row) ? { edit: `/training/sessions/${row.id}/edit` } : {}),
        ...(manage && more(row).length > 0 ? { more: more(row) } : {}),
      }),
      { name: (row) => row.title, width: 200 },
    ),
  ];

  return (
    <div>
      <PageTitle title={f('pageTitle')} description={f('description')} />
      {actions.holder}
      <DataTable<SessionListItem>
        id="training.sessions"
        queryKey={trainingKeys.sessions}
        fetch={(params: ListParams) => trainingApi.sessions(params)}
        rowKey="id"
        columns={columns}
        filters={filters}
        defaultSort="-startsOn"
        title={f('list')}
        toolbar={
          <Space wrap>
            <Button icon={<CalendarOutlined />} onClick={() => void navigate('/training/calendar')}>
              {t('training.calendar.nav')}
            </Button>
            {manage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/training/sessions/new')}>
                {f('new')}
              </Button>
            )}
          </Space>
        }
        empty={manage ? { description: f('empty'), action: { label: f('new'), to: '/training/sessions/new' } } : { description: f('emptyReadOnly') }}
      />
    </div>
  );
}
