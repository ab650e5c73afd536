import { useMemo, useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Space, Table, Typography } from 'antd';
import { PlusOutlined, StarOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiForm, CardSkeleton, EmptyState, PinyinSelect, problemOf, useAuth } from '@schoolbridge/ui';
import { useVocab } from '../../directory/components/vocab';
import { TRAINING_FEEDBACK_RATE, trainingApi, trainingKeys, type FeedbackLesson, type SessionDetail } from '../api';
import { hundredths, toDate } from './format';
import { useVenueTeachers } from './TimetableEditor';

/** 添加反馈课: a lesson by a teacher of the venue school on one of the session's days. */
function AddLessonModal({ session, open, onClose, onDone }: { session: SessionDetail; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const dirVocab = useVocab();
  const known = useMemo(
    () =>
      session.days.flatMap((d) =>
        d.halves.flatMap((h) =>
          h.modules
            .filter((m) => m.kind === 'feedbackLesson' && m.lessonTeacherId)
            .map((m) => ({ value: m.lessonTeacherId!, label: m.lessonTeacherName ?? '' })),
        ),
      ),
    [session],
  );
  const teachers = useVenueTeachers(session.venue.id, known);
  const dates = new Set(session.days.map((d) => d.date));
  return (
    <Modal open={open} title={t('training.feedback.addTitle')} footer={null} onCancel={onClose} destroyOnHidden>
      <ApiForm<{ teacherId: string; givenOn: Dayjs; title: string; subject?: string; notes?: string }>
        layout="vertical"
        guardUnsaved={false}
        initialValues={known[0] ? { teacherId: known[0].value } : {}}
        successMessage={t('training.feedback.added')}
        onSubmit={(v) =>
          trainingApi.createFeedbackLesson(session.id, {
            teacherId: v.teacherId,
            givenOn: toDate(v.givenOn)!,
            title: v.title.trim(),
            subject: v.subject ?? null,
            notes: v.notes?.trim() || null,
          })
        }
        onSuccess={onDone}
        fieldLabels={{ teacherId: t('training.feedback.teacher'), givenOn: t('training.feedback.givenOn') }}
        actions={<Button onClick={onClose}>{t('training.common.cancel')}</Button>}
      >
        <Form.Item
          name="teacherId"
          label={t('training.feedback.teacher')}
          rules={[{ required: true, message: t('training.feedback.teacherRequired') }]}
          extra={t('training.feedback.teacherHint', { venue: session.venue.name })}
        >
          <PinyinSelect aria-label={t('training.feedback.teacher')} options={teachers} />
        </Form.Item>
        <Form.Item name="givenOn" label={t('training.feedback.givenOn')} rules={[{ required: true, message: t('training.feedback.givenOnRequired') }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} disabledDate={(d) => !dates.has(d.format('YYYY-MM-DD'))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('training.feedback.lessonTitle')}
          rules={[{ required: true, whitespace: true, message: t('training.feedback.titleRequired') }]}
        >
          <Input maxLength={200} placeholder={t('training.feedback.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="subject" label={t('training.feedback.subject')}>
          <PinyinSelect aria-label={t('training.feedback.subject')} allowClear options={dirVocab.options('subjects')} />
        </Form.Item>
        <Form.Item name="notes" label={t('training.feedback.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </ApiForm>
    </Modal>
  );
}

/** 评分: an expert of the team rates the lesson 0–100 (the coordinator may enter it for them). */
function RateModal({ session, lesson, onClose, onDone }: { session: SessionDetail; lesson: FeedbackLesson | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const experts = session.team.map((m) => ({ value: m.expertId, label: m.name }));
  const first = lesson?.unratedExpertIds[0];
  return (
    <Modal open={!!lesson} title={t('training.feedback.rateTitle', { title: lesson?.title ?? '' })} footer={null} onCancel={onClose} destroyOnHidden>
      <ApiForm<{ expertId: string; score: number; comment?: string }>
        layout="vertical"
        guardUnsaved={false}
        initialValues={first ? { expertId: first } : {}}
        successMessage={t('training.feedback.rated')}
        onSubmit={(v) => trainingApi.rateFeedbackLesson(lesson!.id, v.expertId, { score: v.score, comment: v.comment?.trim() || null })}
        onSuccess={onDone}
        fieldLabels={{ expertId: t('training.feedback.expert'), score: t('training.feedback.score') }}
        actions={<Button onClick={onClose}>{t('training.common.cancel')}</Button>}
      >
        <Form.Item name="expertId" label={t('training.feedback.expert')} rules={[{ required: true, message: t('training.feedback.expertRequired') }]}>
          <PinyinSelect aria-label={t('training.feedback.expert')} options={experts} />
        </Form.Item>
        <Form.Item
          name="score"
          label={t('training.feedback.score')}
          rules={[{ required: true, message: t('training.feedback.scoreRequired') }]}
          extra={t('training.feedback.scoreHint')}
        >
          <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="comment" label={t('training.feedback.comment')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </ApiForm>
    </Modal>
  );
}

/** 反馈课: the designated local teachers' feedback lessons, each with the experts' ratings and the average. */
export function FeedbackTab({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const dirVocab = useVocab();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [rating, setRating] = useState<FeedbackLesson | null>(null);
  const key = trainingKeys.feedbackLessons(session.id);
  const query = useQuery({ queryKey: key, queryFn: () => trainingApi.feedbackLessons(session.id) });
  const canRate = can(TRAINING_FEEDBACK_RATE) && session.status !== 'cancelled';
  const names = new Map(session.team.map((m) => [m.expertId, m.name]));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });

  if (query.isPending) return <CardSkeleton rows={3} />;
  if (query.isError) {
    const p = problemOf(query.error);
    return (
      <Alert
        type="error"
        showIcon
        title={t('training.feedback.loadFailed')}
        description={p?.detail ?? p?.title}
        action={<Button onClick={() => void query.refetch()}>{t('training.common.retry')}</Button>}
      />
    );
  }
  const lessons = query.data.items;

  return (
    <div>
      {canRate && (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setAdding(true)}>
          {t('training.feedback.add')}
        </Button>
      )}
      {lessons.length === 0 ? (
        <EmptyState
          description={canRate ? t('training.feedback.empty') : t('training.feedback.emptyReadOnly')}
          {...(canRate ? { action: { label: t('training.feedback.add'), onClick: () => setAdding(true) } } : {})}
        />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {lessons.map((l) => (
            <Card
              key={l.id}
              size="small"
              title={l.title}
              data-testid="feedback-lesson"
              extra={
                canRate && (
                  <Button size="small" icon={<StarOutlined />} onClick={() => setRating(l)} aria-label={t('training.feedback.rateLabel', { title: l.title })}>
                    {t('training.feedback.rate')}
                  </Button>
                )
              }
            >
              <Descriptions
                size="small"
                column={{ xs: 1, md: 4 }}
                items={[
                  { key: 'teacher', label: t('training.feedback.teacher'), children: l.teacherName },
                  { key: 'givenOn', label: t('training.feedback.givenOn'), children: l.givenOn },
                  {
                    key: 'subject',
                    label: t('training.feedback.subject'),
                    children: l.subject ? dirVocab.label('subjects', l.subject) : t('training.common.none'),
                  },
                  { key: 'average', label: t('training.feedback.average'), children: <Typography.Text strong>{hundredths(l.average)}</Typography.Text> },
                ]}
              />
              <Table
                size="small"
                rowKey="expertId"
                pagination={false}
                dataSource={l.ratings}
                locale={{ emptyText: t('training.feedback.noRatings') }}
                columns={[
                  { key: 'expert', title: t('training.feedback.expert'), render: (_, r) => r.expertName },
                  { key: 'score', title: t('training.feedback.score'), render: (_, r) => r.score },
                  { key: 'comment', title: t('training.feedback.comment'), render: (_, r) => r.comment ?? t('training.common.none') },
                ]}
              />
              {l.unratedExpertIds.length > 0 && (
                <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                  {t('training.feedback.unrated', { names: l.unratedExpertIds.map((id) => names.get(id) ?? id).join('、') })}
                </Typography.Paragraph>
              )}
            </Card>
          ))}
        </Space>
      )}
      <AddLessonModal
        session={session}
        open={adding}
        onClose={() => setAdding(false)}
        onDone={() => {
          setAdding(false);
          refresh();
        }}
      />
      <RateModal
        session={session}
        lesson={rating}
        onClose={() => setRating(null)}
        onDone={() => {
          setRating(null);
          refresh();
        }}
      />
    </div>
  );
}
