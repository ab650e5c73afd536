import { useState } from 'react';
import { Alert, Button, Card, Col, Form, Modal, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiForm, CardSkeleton, Count, EmptyState, problemOf, useAuth } from '@schoolbridge/ui';
import {
  TRAINING_EVALUATION_MANAGE,
  trainingApi,
  trainingKeys,
  type Questionnaire,
  type QuestionnaireKind,
  type QuestionResult,
  type SessionDetail,
} from '../api';
import { BarChart } from './BarChart';
import { hundredths } from './format';
import { ToneTag } from './status';
import { useTrainingVocab } from './vocab';

const KINDS: QuestionnaireKind[] = ['needsSurvey', 'questionnaire'];
const WINDOW_TONES = { notYetOpen: 'default', open: 'success', closed: 'default' } as const;

/** 从模板创建: a shipped or stored template of the kind; the API fills the questions. */
function CreateQuestionnaireModal({
  session,
  kind,
  onClose,
  onCreated,
}: {
  session: SessionDetail;
  kind: QuestionnaireKind | null;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const vocab = useTrainingVocab();
  const templates = useQuery({
    queryKey: trainingKeys.questionTemplates(kind ?? ''),
    queryFn: () => trainingApi.questionTemplates(kind!),
    enabled: !!kind,
  });
  const options = (templates.data?.items ?? [])
    .filter((x) => !x.archivedAt)
    .map((x) => ({ value: x.id, label: x.shipped ? `${x.name}（${t('training.evaluation.shipped')}）` : x.name }));
  return (
    <Modal
      open={!!kind}
      title={t('training.evaluation.createTitle', { kind: vocab.label('questionnaireKinds', kind) })}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <ApiForm<{ templateId: string }>
        layout="vertical"
        guardUnsaved={false}
        initialValues={options[0] ? { templateId: options[0].value } : {}}
        key={options[0]?.value ?? 'none'}
        submitLabel={t('training.evaluation.create')}
        successMessage={t('training.evaluation.created')}
        onSubmit={(v) => trainingApi.createQuestionnaire(session.id, { kind: kind!, templateId: v.templateId })}
        onSuccess={onCreated}
        fieldLabels={{ templateId: t('training.evaluation.template') }}
        actions={<Button onClick={onClose}>{t('training.common.cancel')}</Button>}
      >
        <Typography.Paragraph type="secondary">{t(`training.evaluation.createHint.${kind ?? 'questionnaire'}`)}</Typography.Paragraph>
        <Form.Item name="templateId" label={t('training.evaluation.template')} rules={[{ required: true, message: t('training.evaluation.templateRequired') }]}>
          <Select aria-label={t('training.evaluation.template')} options={options} loading={templates.isPending} />
        </Form.Item>
      </ApiForm>
    </Modal>
  );
}

function QuestionChart({ q }: { q: QuestionResult }) {
  const { t } = useTranslation();
  if (q.type === 'rating' && q.rating) {
    return (
      <div>
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          {t('training.evaluation.average')}：
          <Typography.Text strong data-testid={`average-${q.code}`}>
            {hundredths(q.rating.average)}
          </Typography.Text>{' '}
          <Typography.Text type="secondary">{t('training.evaluation.ratingCount', { count: q.rating.count })}</Typography.Text>
        </Typography.Paragraph>
        <BarChart
          title={t('training.evaluation.distribution', { text: q.text })}
          categories={[1, 2, 3, 4, 5].map((n) => t('training.evaluation.score', { n }))}
          values={[0, 1, 2, 3, 4].map((i) => q.rating!.distribution[i] ?? 0)}
          unit={t('training.evaluation.people')}
          height={180}
        />
      </div>
    );
  }
  if ((q.type === 'single' || q.type === 'multiple') && q.choices) {
    return (
      <BarChart
        title={t('training.evaluation.choiceCounts', { text: q.text })}
        categories={q.choices.map((c) => c.option)}
        values={q.choices.map((c) => c.count)}
        unit={t('training.evaluation.people')}
        height={Math.max(140, q.choices.length * 36)}
        horizontal
      />
    );
  }
  const texts = q.texts ?? [];
  return texts.length === 0 ? (
    <Typography.Text type="secondary">{t('training.evaluation.noTexts')}</Typography.Text>
  ) : (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {texts.map((x, i) => (
        <li key={i}>
          {x.text}
          {x.teacherName && <Typography.Text type="secondary">（{x.teacherName}）</Typography.Text>}
        </li>
      ))}
    </ul>
  );
}

/** The results of one questionnaire: responses, response rate, a chart per rating or choice question, the texts. */
function Results({ questionnaire }: { questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: trainingKeys.questionnaireResults(questionnaire.id), queryFn: () => trainingApi.questionnaireResults(questionnaire.id) });
  if (query.isPending) return <CardSkeleton rows={4} />;
  if (query.isError) {
    const p = problemOf(query.error);
    return <Alert type="error" showIcon title={t('training.evaluation.resultsFailed')} description={p?.detail ?? p?.title} />;
  }
  const r = query.data;
  return (
    <Card title={t('training.evaluation.resultsTitle', { title: r.title })} data-testid="questionnaire-results">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Statistic title={t('training.evaluation.responses')} valueRender={() => t('training.evaluation.responsesN', { count: r.responses })} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('training.evaluation.enrolled')} valueRender={() => <Count value={r.enrolled} unit="persons" />} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('training.evaluation.responseRate')} value={r.responseRate} suffix="%" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('training.evaluation.anonymity')} value={r.anonymous ? t('training.evaluation.anonymous') : t('training.evaluation.named')} />
        </Col>
      </Row>
      {r.responses === 0 ? (
        <EmptyState description={t('training.evaluation.noResponses')} />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {r.questions.map((q, i) => (
            <section key={q.code} aria-label={q.text}>
              <Typography.Title level={3} style={{ fontSize: 15 }}>
                {i + 1}. {q.text}{' '}
                <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
                  {t('training.evaluation.answered', { count: q.answered })}
                </Typography.Text>
              </Typography.Title>
              <QuestionChart q={q} />
            </section>
          ))}
        </Space>
      )}
    </Card>
  );
}

/** 评价: the needs survey and the post-training questionnaire of the session, created from templates, and their results. */
export function EvaluationTab({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const vocab = useTrainingVocab();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState<QuestionnaireKind | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const query = useQuery({ queryKey: trainingKeys.questionnaires(session.id), queryFn: () => trainingApi.questionnaires(session.id) });
  const manage = can(TRAINING_EVALUATION_MANAGE) && session.status !== 'cancelled';
  const items = query.data?.items ?? [];
  const missing = KINDS.filter((k) => !items.some((q) => q.kind === k));
  const selected = items.find((q) => q.id === shown) ?? null;

  if (query.isPending) return <CardSkeleton rows={3} />;
  if (query.isError) {
    const p = problemOf(query.error);
    return (
      <Alert
        type="error"
        showIcon
        title={t('training.evaluation.loadFailed')}
        description={p?.detail ?? p?.title}
        action={<Button onClick={() => void query.refetch()}>{t('training.common.retry')}</Button>}
      />
    );
  }

  return (
    <div>
      {manage && missing.length > 0 && (
        <Space wrap style={{ marginBottom: 12 }}>
          {missing.map((k) => (
            <Button key={k} icon={<PlusOutlined />} onClick={() => setCreating(k)}>
              {t('training.evaluation.createKind', { kind: vocab.label('questionnaireKinds', k) })}
            </Button>
          ))}
        </Space>
      )}
      <Table<Questionnaire>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState description={manage ? t('training.evaluation.empty') : t('training.evaluation.emptyReadOnly')} /> }}
        columns={[
          { key: 'kind', title: t('training.evaluation.kind'), render: (_, q) => vocab.label('questionnaireKinds', q.kind) },
          { key: 'title', title: t('training.evaluation.title'), render: (_, q) => q.title },
          {
            key: 'window',
            title: t('training.evaluation.window'),
            render: (_, q) => (
              <Space size={4} wrap>
                <span>
                  {q.opensOn ?? t('training.evaluation.fromNow')} ~ {q.closesOn ?? t('training.evaluation.noEnd')}
                </span>
                <ToneTag tone={WINDOW_TONES[q.window]}>{t(`training.evaluation.windows.${q.window}`)}</ToneTag>
              </Space>
            ),
          },
          { key: 'responses', title: t('training.evaluation.responses'), render: (_, q) => t('training.evaluation.responsesN', { count: q.responseCount }) },
          {
            key: 'actions',
            title: t('kit.table.actions'),
            render: (_, q) => (
              <Button
                type="link"
                size="small"
                style={{ paddingInline: 0 }}
                icon={<BarChartOutlined />}
                onClick={() => setShown(q.id)}
                aria-label={t('training.evaluation.showResultsOf', { title: q.title })}
              >
                {t('training.evaluation.showResults')}
              </Button>
            ),
          },
        ]}
      />
      {selected && (
        <div style={{ marginTop: 16 }}>
          <Results questionnaire={selected} />
        </div>
      )}
      <CreateQuestionnaireModal
        session={session}
        kind={creating}
        onClose={() => setCreating(null)}
        onCreated={() => {
          setCreating(null);
          void queryClient.invalidateQueries({ queryKey: trainingKeys.questionnaires(session.id) });
        }}
      />
    </div>
  );
}
