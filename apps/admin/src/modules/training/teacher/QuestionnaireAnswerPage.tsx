import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, Radio, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, PageTitle } from '@schoolbridge/ui';
import { teacherApi, teacherKeys, type Answers, type Question } from '../api-teacher';
import { LoadState } from '../attendance/LoadState';

/** The most characters of a text answer (the API's limit). */
const TEXT_MAX = 2000;
const RATINGS = [5, 4, 3, 2, 1] as const;
const LIST_PATH = '/training/my/questionnaires';

const column: React.CSSProperties = { display: 'flex', flexDirection: 'column', gap: 4 };

/** One question's input: a 1–5 rating with words, one choice, several choices, or text. */
function AnswerInput({ question, id, value, onChange }: { question: Question; id?: string; value?: unknown; onChange?: (v: unknown) => void }) {
  const { t } = useTranslation();
  const options = question.options ?? [];
  switch (question.type) {
    case 'rating':
      return (
        <Radio.Group id={id} value={value} onChange={(e) => onChange?.(e.target.value)} style={column}>
          {RATINGS.map((n) => (
            <Radio key={n} value={n} style={{ padding: '6px 0', fontSize: 16 }}>
              <span aria-hidden style={{ color: '#ad4e00', letterSpacing: 2 }}>
                {'★'.repeat(n)}
                <span style={{ color: '#bfbfbf' }}>{'★'.repeat(5 - n)}</span>
              </span>{' '}
              {t('training.my.questionnaires.rating', { score: n, word: t(`training.my.questionnaires.ratingWord.${n}`) })}
            </Radio>
          ))}
        </Radio.Group>
      );
    case 'single':
      return (
        <Radio.Group id={id} value={value} onChange={(e) => onChange?.(e.target.value)} style={column}>
          {options.map((o) => (
            <Radio key={o} value={o} style={{ padding: '6px 0', fontSize: 16 }}>
              {o}
            </Radio>
          ))}
        </Radio.Group>
      );
    case 'multiple':
      return (
        <div id={id}>
          <Checkbox.Group value={value as string[] | undefined} onChange={(v) => onChange?.(v)} style={column}>
            {options.map((o) => (
              <Checkbox key={o} value={o} style={{ padding: '6px 0', fontSize: 16 }}>
                {o}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </div>
      );
    default:
      return (
        <Input.TextArea id={id} value={value as string | undefined} onChange={(e) => onChange?.(e.target.value)} rows={4} maxLength={TEXT_MAX} showCount />
      );
  }
}

/** Only what was answered goes to the API (an empty text or no choice is no answer). */
function toAnswers(values: { answers?: Record<string, unknown> }): Answers {
  const out: Answers = {};
  for (const [code, v] of Object.entries(values.answers ?? {})) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[code] = typeof v === 'string' ? v.trim() : (v as number | string[]);
  }
  return out;
}

/**
 * 填写问卷 on a phone: each question with its required mark — ratings 1–5 with words, single and
 * multiple choices, text — the anonymity said up front, the API's errors under their questions
 * (answers.<code>), and after sending, back to the list.
 */
export default function QuestionnaireAnswerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: teacherKeys.questionnaire(id), queryFn: () => teacherApi.questionnaire(id) });
  // whether the caller answered it already is in their own list
  const mine = useQuery({ queryKey: teacherKeys.questionnaires(1), queryFn: () => teacherApi.myQuestionnaires(1) });
  if (!query.data) {
    return (
      <LoadState
        isPending={query.isPending}
        error={query.error}
        retry={() => void query.refetch()}
        backTo={LIST_PATH}
        backLabel={t('training.my.questionnaires.back')}
      />
    );
  }
  const q = query.data;
  const answeredOn = mine.data?.items.find((x) => x.id === q.id && x.state === 'answered')?.answeredOn ?? null;
  const closed = q.window !== 'open' || answeredOn !== null;
  const items = (
    <>
      {q.questions.length === 0 && <Typography.Paragraph>{t('training.my.questionnaires.noQuestions')}</Typography.Paragraph>}
      {q.questions.map((question, i) => (
        <Form.Item
          key={question.code}
          name={['answers', question.code]}
          label={
            <span style={{ fontSize: 16, whiteSpace: 'normal' }}>
              {t('training.my.questionnaires.questionLabel', { no: i + 1, text: question.text })}
              {question.type === 'multiple' && <Typography.Text type="secondary">{t('training.my.questionnaires.multipleHint')}</Typography.Text>}
            </span>
          }
          rules={
            question.required
              ? [
                  {
                    required: true,
                    ...(question.type === 'multiple' ? { type: 'array' as const } : question.type === 'text' ? { whitespace: true } : {}),
                    message: t('training.my.questionnaires.required'),
                  },
                ]
              : []
          }
        >
          <AnswerInput question={question} />
        </Form.Item>
      ))}
    </>
  );
  const fieldLabels = Object.fromEntries(q.questions.map((x, i) => [`answers.${x.code}`, t('training.my.questionnaires.questionNo', { no: i + 1 })]));

  return (
    <div style={{ maxWidth: 720 }}>
      <PageTitle title={q.title} description={t(`training.my.questionnaires.kind.${q.kind}`)} />
      <Flex vertical gap={12}>
        <Alert
          type="info"
          showIcon
          title={t(q.anonymous ? 'training.my.questionnaires.anonymous' : 'training.my.questionnaires.named')}
          data-testid="questionnaire-anonymity"
        />
        {answeredOn !== null ? (
          <Alert type="success" showIcon title={t('training.my.questionnaires.alreadyAnswered', { date: answeredOn })} />
        ) : q.window === 'notYetOpen' ? (
          <Alert type="warning" showIcon title={t('training.my.questionnaires.windowNotYetOpen', { date: q.opensOn ?? '' })} />
        ) : q.window === 'closed' ? (
          <Alert type="warning" showIcon title={t('training.my.questionnaires.windowClosed', { date: q.closesOn ?? '' })} />
        ) : null}
        <Card>
          {closed ? (
            // nothing can be sent: the questions are shown as they are, read-only
            <Form layout="vertical" disabled>
              {items}
              <Button disabled={false} onClick={() => void navigate(LIST_PATH)}>
                {t('training.my.questionnaires.back')}
              </Button>
            </Form>
          ) : (
            <ApiForm<{ answers: Record<string, unknown> }>
              layout="vertical"
              submitLabel={t('training.my.questionnaires.submit')}
              successMessage={false}
              fieldLabels={fieldLabels}
              onSubmit={(values) => teacherApi.answer(q.id, toAnswers(values))}
              onSuccess={() => {
                void message.success(t('training.my.questionnaires.sent'));
                void queryClient.invalidateQueries({ queryKey: teacherKeys.all });
                void navigate(LIST_PATH);
              }}
              actions={<Button onClick={() => void navigate(LIST_PATH)}>{t('training.my.questionnaires.back')}</Button>}
            >
              {items}
            </ApiForm>
          )}
        </Card>
      </Flex>
    </div>
  );
}
