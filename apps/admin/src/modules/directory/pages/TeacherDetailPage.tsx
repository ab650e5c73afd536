import { useState } from 'react';
import { Button, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, DetailLayout, PinyinSelect, usePageTitle, useAuth } from '@schoolbridge/ui';
import { TEACHERS_MANAGE, directoryApi, directoryKeys, useSchoolOptions, type TeacherAssignment, type TeacherDetail } from '../api';
import { DetailState } from '../components/DetailState';
import { RecordActions } from '../components/RecordActions';
import { useReveal } from '../components/reveal';
import { ArchivedTag, CodeList } from '../components/tags';
import { useVocab } from '../components/vocab';

type Dialog = { kind: 'move' } | { kind: 'assignment' } | { kind: 'end'; assignment: TeacherAssignment } | null;
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

function AssignmentDialogs({ teacher, dialog, close }: { teacher: TeacherDetail; dialog: Dialog; close: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const schools = useSchoolOptions();
  const schoolField = (
    <Form.Item name="schoolId" label={t('directory.teachers.assignmentSchool')} rules={[{ required: true, message: t('directory.common.schoolRequired') }]}>
      <PinyinSelect aria-label={t('directory.teachers.assignmentSchool')} options={schools.data ?? []} placeholder={t('directory.common.selectSchool')} />
    </Form.Item>
  );
  const dateRule = [{ required: true, message: t('directory.common.dateRequired') }];
  const cancel = <Button onClick={() => close(false)}>{t('directory.common.cancel')}</Button>;
  const title =
    dialog?.kind === 'move'
      ? t('directory.teachers.moveTitle', { name: teacher.name })
      : dialog?.kind === 'assignment'
        ? t('directory.teachers.addAssignmentTitle', { name: teacher.name })
        : t('directory.teachers.endAssignmentTitle');
  return (
    <Modal open={dialog !== null} title={title} footer={null} onCancel={() => close(false)} destroyOnHidden>
      {dialog?.kind === 'move' && (
        <ApiForm<{ schoolId: string; date: Dayjs; note?: string }>
          layout="vertical"
          guardUnsaved={false}
          successMessage={t('directory.teachers.moved')}
          onSubmit={(v) => directoryApi.moveTeacher(teacher.id, { schoolId: v.schoolId, date: day(v.date)!, ...(v.note ? { note: v.note } : {}) })}
          onSuccess={() => close(true)}
          actions={cancel}
        >
          <Typography.Paragraph type="secondary">{t('directory.teachers.moveHint')}</Typography.Paragraph>
          {schoolField}
          <Form.Item name="date" label={t('directory.teachers.moveDate')} rules={dateRule}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
          <Form.Item name="note" label={t('directory.common.note')}>
            <Input maxLength={200} />
          </Form.Item>
        </ApiForm>
      )}
      {dialog?.kind === 'assignment' && (
        <ApiForm<{ schoolId: string; kind: string; startDate: Dayjs; endDate?: Dayjs; note?: string }>
          layout="vertical"
          guardUnsaved={false}
          successMessage={t('directory.teachers.assignmentAdded')}
          onSubmit={(v) =>
            directoryApi.addAssignment(teacher.id, {
              schoolId: v.schoolId,
              kind: v.kind,
              startDate: day(v.startDate)!,
              ...(v.endDate ? { endDate: day(v.endDate)! } : {}),
              ...(v.note ? { note: v.note } : {}),
            })
          }
          onSuccess={() => close(true)}
          actions={cancel}
        >
          <Form.Item name="kind" label={t('directory.teachers.assignmentKind')} rules={[{ required: true, message: t('directory.teachers.assignmentKind') }]}>
            <Select options={vocab.options('assignmentKinds').filter((o) => o.value !== 'regular')} />
          </Form.Item>
          {schoolField}
          <Form.Item name="startDate" label={t('directory.common.startDate')} rules={dateRule}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
          <Form.Item name="endDate" label={t('directory.common.endDate')}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
          <Form.Item name="note" label={t('directory.common.note')}>
            <Input maxLength={200} />
          </Form.Item>
        </ApiForm>
      )}
      {dialog?.kind === 'end' && (
        <ApiForm<{ endDate: Dayjs }>
          layout="vertical"
          guardUnsaved={false}
          successMessage={t('directory.teachers.assignmentEnded')}
          onSubmit={(v) => directoryApi.endAssignment(teacher.id, dialog.assignment.id, day(v.endDate)!)}
          onSuccess={() => close(true)}
          actions={cancel}
        >
          <Typography.Paragraph>
            {dialog.assignment.schoolName} · {vocab.label('assignmentKinds', dialog.assignment.kind)} · {dialog.assignment.startDate}
          </Typography.Paragraph>
          <Form.Item name="endDate" label={t('directory.common.endDate')} rules={dateRule}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
        </ApiForm>
      )}
    </Modal>
  );
}

/** 教师详情: 基本信息 (with the audited reveal), 任教经历 (move, rotation/itinerant/stint) and the `teacher.detail` zone. */
export default function TeacherDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const vocab = useVocab();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const query = useQuery({ queryKey: directoryKeys.teacher(id), queryFn: () => directoryApi.teacher(id) });
  const teacher = query.data;
  const { revealed, button: revealButton } = useReveal(() => directoryApi.revealTeacher(id));
  usePageTitle(teacher?.name ?? t('directory.teachers.title'));

  if (!teacher) return <DetailState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} listPath="/directory/teachers" />;
  const manage = can(TEACHERS_MANAGE);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: directoryKeys.teacher(teacher.id) });
    void queryClient.invalidateQueries({ queryKey: directoryKeys.teachers });
  };

  const basic = (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: t('directory.teachers.name'), children: teacher.name },
          { key: 'gender', label: t('directory.teachers.gender'), children: vocab.label('genders', teacher.gender) },
          { key: 'idType', label: t('directory.teachers.idType'), children: vocab.label('idDocumentTypes', teacher.idType) },
          {
            key: 'idNumber',
            label: t('directory.teachers.idNumber'),
            children: <span data-testid="teacher-id-number">{revealed?.idNumber ?? teacher.idNumber}</span>,
          },
          { key: 'mobile', label: t('directory.teachers.mobile'), children: <span data-testid="teacher-mobile">{(revealed ? revealed.mobile : teacher.mobile) ?? '—'}</span> },
          { key: 'school', label: t('directory.teachers.school'), children: <Link to={`/directory/schools/${teacher.schoolId}`}>{teacher.schoolName}</Link> },
          { key: 'subjects', label: t('directory.teachers.subjects'), children: <CodeList vocab="subjects" codes={teacher.subjects} /> },
          { key: 'gradesTaught', label: t('directory.teachers.gradesTaught'), children: teacher.gradesTaught ?? '—' },
          { key: 'title', label: t('directory.teachers.teacherTitle'), children: vocab.label('teacherTitles', teacher.title) },
          {
            key: 'backbone',
            label: t('directory.teachers.backboneLevel'),
            children: teacher.backboneLevel ? `${vocab.label('backboneLevels', teacher.backboneLevel)}${teacher.backboneSince ? `（${teacher.backboneSince}）` : ''}` : '—',
          },
          { key: 'rural', label: t('directory.teachers.rural'), children: vocab.yesNo(teacher.rural) },
          { key: 'hireProgramme', label: t('directory.teachers.hireProgramme'), children: vocab.label('hireProgrammes', teacher.hireProgramme) },
          { key: 'hiredOn', label: t('directory.teachers.hiredOn'), children: teacher.hiredOn ?? '—' },
          { key: 'status', label: t('directory.teachers.status'), children: vocab.label('teacherStatuses', teacher.status) },
          { key: 'account', label: t('directory.teachers.account'), children: teacher.username ?? t('directory.teachers.noAccount') },
          {
            key: 'current',
            label: t('directory.teachers.currentAssignments'),
            children: teacher.currentAssignments.length
              ? teacher.currentAssignments.map((a) => `${a.schoolName}（${vocab.label('assignmentKinds', a.kind)}）`).join('、')
              : '—',
          },
        ]}
      />
      {revealButton && <div>{revealButton}</div>}
    </Space>
  );

  const assignments = (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {manage && !teacher.archivedAt && (
        <Space wrap>
          <Button icon={<SwapOutlined />} onClick={() => setDialog({ kind: 'move' })}>
            {t('directory.teachers.move')}
          </Button>
          <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'assignment' })}>
            {t('directory.teachers.addAssignment')}
          </Button>
        </Space>
      )}
      <Table<TeacherAssignment>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={[...teacher.assignments].sort((a, b) => b.startDate.localeCompare(a.startDate))}
        locale={{ emptyText: t('directory.teachers.assignmentsEmpty') }}
        columns={[
          { key: 'school', title: t('directory.teachers.assignmentSchool'), render: (_, a) => <Link to={`/directory/schools/${a.schoolId}`}>{a.schoolName}</Link> },
          { key: 'kind', title: t('directory.teachers.assignmentKind'), render: (_, a) => <Tag>{vocab.label('assignmentKinds', a.kind)}</Tag> },
          { key: 'startDate', dataIndex: 'startDate', title: t('directory.common.startDate') },
          { key: 'endDate', title: t('directory.common.endDate'), render: (_, a) => a.endDate ?? t('directory.teachers.open') },
          { key: 'note', title: t('directory.common.note'), render: (_, a) => a.note ?? '—' },
          ...(manage
            ? [
                {
                  key: 'actions',
                  title: t('kit.table.actions'),
                  render: (_: unknown, a: TeacherAssignment) =>
                    !a.endDate && a.kind !== 'regular' ? (
                      <Button size="small" type="link" onClick={() => setDialog({ kind: 'end', assignment: a })} aria-label={`${t('directory.teachers.endAssignment')} ${a.schoolName}`}>
                        {t('directory.teachers.endAssignment')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Space>
  );

  return (
    <>
      <DetailLayout
        breadcrumb={[{ title: t('directory.nav') }, { title: t('directory.teachers.title'), to: '/directory/teachers' }, { title: teacher.name }]}
        title={
          <>
            {teacher.name} <Tag>{vocab.label('teacherStatuses', teacher.status)}</Tag> <ArchivedTag archivedAt={teacher.archivedAt} />
          </>
        }
        extra={
          manage ? (
            <>
              <Button type="primary" icon={<EditOutlined />} onClick={() => void navigate(`/directory/teachers/${teacher.id}/edit`)}>
                {t('directory.common.edit')}
              </Button>
              <RecordActions
                name={teacher.name}
                archived={!!teacher.archivedAt}
                onArchive={() => directoryApi.archiveTeacher(teacher.id)}
                onRestore={() => directoryApi.restoreTeacher(teacher.id)}
                onDelete={() => directoryApi.deleteTeacher(teacher.id)}
                onDone={(action) => {
                  refresh();
                  if (action === 'delete') void navigate('/directory/teachers');
                }}
              />
            </>
          ) : undefined
        }
        widgetZone="teacher.detail"
        entityId={teacher.id}
        tabs={[
          { key: 'basic', label: t('directory.teachers.tabBasic'), children: basic },
          { key: 'assignments', label: t('directory.teachers.tabAssignments'), children: assignments },
        ]}
      />
      <AssignmentDialogs
        teacher={teacher}
        dialog={dialog}
        close={(saved) => {
          setDialog(null);
          if (saved) refresh();
        }}
      />
    </>
  );
}
