import { useState } from 'react';
import { Button, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, DetailLayout, usePageTitle, useAuth } from '@schoolbridge/ui';
import { STUDENTS_MANAGE, directoryApi, directoryKeys, type StudentDetail, type StudentDifficulty } from '../api';
import { toDate } from '../components/dates';
import { DetailState } from '../components/DetailState';
import { RecordActions } from '../components/RecordActions';
import { useReveal } from '../components/reveal';
import { ArchivedTag, ToneTag } from '../components/tags';
import { useVocab } from '../components/vocab';

type Dialog = { kind: 'add' } | { kind: 'end'; difficulty: StudentDifficulty } | null;

function DifficultyDialog({ student, dialog, close }: { student: StudentDetail; dialog: Dialog; close: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const dateRule = [{ required: true, message: t('directory.common.dateRequired') }];
  const cancel = <Button onClick={() => close(false)}>{t('directory.common.cancel')}</Button>;
  return (
    <Modal
      open={dialog !== null}
      footer={null}
      destroyOnHidden
      onCancel={() => close(false)}
      title={dialog?.kind === 'add' ? t('directory.students.addDifficultyTitle', { name: student.name }) : t('directory.students.endDifficultyTitle')}
    >
      {dialog?.kind === 'add' && (
        <ApiForm<{ category: string; source: string; startDate: Dayjs; endDate?: Dayjs; note?: string }>
          layout="vertical"
          guardUnsaved={false}
          successMessage={t('directory.students.difficultyAdded')}
          onSubmit={(v) =>
            directoryApi.addDifficulty(student.id, {
              category: v.category,
              source: v.source.trim(),
              startDate: toDate(v.startDate)!,
              ...(v.endDate ? { endDate: toDate(v.endDate)! } : {}),
              ...(v.note?.trim() ? { note: v.note.trim() } : {}),
            })
          }
          onSuccess={() => close(true)}
          actions={cancel}
        >
          <Form.Item name="category" label={t('directory.students.difficulty')} rules={[{ required: true, message: t('directory.students.categoryRequired') }]}>
            <Select options={vocab.options('difficultyCategories')} />
          </Form.Item>
          <Form.Item name="source" label={t('directory.students.difficultySource')} rules={[{ required: true, whitespace: true, message: t('directory.students.sourceRequired') }]}>
            <Input maxLength={100} />
          </Form.Item>
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
          successMessage={t('directory.students.difficultyEnded')}
          onSubmit={(v) => directoryApi.endDifficulty(student.id, dialog.difficulty.id, toDate(v.endDate)!)}
          onSuccess={() => close(true)}
          actions={cancel}
        >
          <Typography.Paragraph>
            {vocab.label('difficultyCategories', dialog.difficulty.category)} · {dialog.difficulty.source} · {dialog.difficulty.startDate}
          </Typography.Paragraph>
          <Form.Item name="endDate" label={t('directory.common.endDate')} rules={dateRule}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
        </ApiForm>
      )}
    </Modal>
  );
}

/** 学生详情: 基本信息 (with the audited reveal) and the dated 困难类别. */
export default function StudentDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const vocab = useVocab();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const query = useQuery({ queryKey: directoryKeys.student(id), queryFn: () => directoryApi.student(id) });
  const student = query.data;
  const { revealed, button: revealButton } = useReveal(() => directoryApi.revealStudent(id));
  usePageTitle(student?.name ?? t('directory.students.title'));

  if (!student) return <DetailState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} listPath="/directory/students" />;
  const manage = can(STUDENTS_MANAGE);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: directoryKeys.student(student.id) });
    void queryClient.invalidateQueries({ queryKey: directoryKeys.students });
  };
  const currentIds = new Set(student.currentDifficulties.map((d) => d.id));

  const basic = (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: t('directory.students.name'), children: student.name },
          { key: 'gender', label: t('directory.students.gender'), children: vocab.label('genders', student.gender) },
          { key: 'idType', label: t('directory.students.idType'), children: vocab.label('idDocumentTypes', student.idType) },
          { key: 'idNumber', label: t('directory.students.idNumber'), children: <span data-testid="student-id-number">{revealed?.idNumber ?? student.idNumber}</span> },
          { key: 'registryNumber', label: t('directory.students.registryNumber'), children: (revealed ? revealed.registryNumber : student.registryNumber) ?? '—' },
          { key: 'school', label: t('directory.students.school'), children: <Link to={`/directory/schools/${student.schoolId}`}>{student.schoolName}</Link> },
          { key: 'grade', label: t('directory.students.grade'), children: vocab.label('grades', student.grade) },
          { key: 'className', label: t('directory.students.className'), children: student.className ?? '—' },
          { key: 'boarding', label: t('directory.students.boarding'), children: vocab.yesNo(student.boarding) },
          { key: 'disability', label: t('directory.students.disability'), children: vocab.yesNo(student.disability) },
          { key: 'registrationOrigin', label: t('directory.students.registrationOrigin'), children: vocab.label('registrationOrigins', student.registrationOrigin) },
          { key: 'guardianMobile', label: t('directory.students.guardianMobile'), children: (revealed ? revealed.guardianMobile : student.guardianMobile) ?? '—' },
          { key: 'status', label: t('directory.students.status'), children: vocab.label('studentStatuses', student.status) },
          {
            key: 'difficulties',
            label: t('directory.students.difficulties'),
            children: student.currentDifficulties.length ? student.currentDifficulties.map((d) => <Tag key={d.id}>{vocab.label('difficultyCategories', d.category)}</Tag>) : '—',
          },
        ]}
      />
      {revealButton && <div>{revealButton}</div>}
    </Space>
  );

  const difficulties = (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {manage && !student.archivedAt && (
        <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>
          {t('directory.students.addDifficulty')}
        </Button>
      )}
      <Table<StudentDifficulty>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={student.difficulties}
        locale={{ emptyText: t('directory.students.difficultiesEmpty') }}
        columns={[
          { key: 'category', title: t('directory.students.difficulty'), render: (_, d) => vocab.label('difficultyCategories', d.category) },
          { key: 'source', dataIndex: 'source', title: t('directory.students.difficultySource') },
          { key: 'startDate', dataIndex: 'startDate', title: t('directory.common.startDate') },
          { key: 'endDate', title: t('directory.common.endDate'), render: (_, d) => d.endDate ?? '—' },
          {
            key: 'state',
            title: t('directory.students.status'),
            render: (_, d) => (currentIds.has(d.id) ? <ToneTag tone="processing">{t('directory.students.current')}</ToneTag> : <Tag>{t('directory.students.ended')}</Tag>),
          },
          { key: 'note', title: t('directory.common.note'), render: (_, d) => d.note ?? '—' },
          ...(manage
            ? [
                {
                  key: 'actions',
                  title: t('kit.table.actions'),
                  render: (_: unknown, d: StudentDifficulty) =>
                    !d.endDate ? (
                      <Button size="small" type="link" onClick={() => setDialog({ kind: 'end', difficulty: d })} aria-label={`${t('directory.students.endDifficulty')} ${vocab.label('difficultyCategories', d.category)}`}>
                        {t('directory.students.endDifficulty')}
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
        breadcrumb={[{ title: t('directory.nav') }, { title: t('directory.students.title'), to: '/directory/students' }, { title: student.name }]}
        title={
          <>
            {student.name} <Tag>{vocab.label('studentStatuses', student.status)}</Tag> <ArchivedTag archivedAt={student.archivedAt} />
          </>
        }
        extra={
          manage ? (
            <>
              <Button type="primary" icon={<EditOutlined />} onClick={() => void navigate(`/directory/students/${student.id}/edit`)}>
                {t('directory.common.edit')}
              </Button>
              <RecordActions
                name={student.name}
                archived={!!student.archivedAt}
                onArchive={() => directoryApi.archiveStudent(student.id)}
                onRestore={() => directoryApi.restoreStudent(student.id)}
                onDelete={() => directoryApi.deleteStudent(student.id)}
                onDone={(action) => {
                  refresh();
                  if (action === 'delete') void navigate('/directory/students');
                }}
              />
            </>
          ) : undefined
        }
        tabs={[
          { key: 'basic', label: t('directory.students.tabBasic'), children: basic },
          { key: 'difficulties', label: t('directory.students.tabDifficulties'), children: difficulties },
        ]}
      />
      <DifficultyDialog
        student={student}
        dialog={dialog}
        close={(saved) => {
          setDialog(null);
          if (saved) refresh();
        }}
      />
    </>
  );
}
