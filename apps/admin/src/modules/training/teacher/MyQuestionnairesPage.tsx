import { Button, Card, Flex, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CardSkeleton, EmptyState, PageTitle } from '@schoolbridge/ui';
import { todayInZone } from '../api-attendance';
import { teacherApi, teacherKeys, type MyQuestionnaire } from '../api-teacher';
import { ProblemAlert } from '../attendance/LoadState';
import { ToneTag } from '../attendance/marks';

function QuestionnaireCard({ item, today }: { item: MyQuestionnaire; today: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notYet = item.state === 'open' && item.opensOn !== null && item.opensOn > today;
  return (
    <Card size="small" data-testid={`my-questionnaire-${item.id}`}>
      <Flex vertical gap={8}>
        <Typography.Title level={2} style={{ fontSize: 17, margin: 0 }}>
          {item.title}
        </Typography.Title>
        <Space wrap size={[8, 4]}>
          <ToneTag tone="default">{t(`training.my.questionnaires.kind.${item.kind}`)}</ToneTag>
          {item.state === 'answered' ? (
            <ToneTag tone="success">{t('training.my.questionnaires.answered')}</ToneTag>
          ) : notYet ? (
            <ToneTag tone="default">{t('training.my.questionnaires.notYetOpen')}</ToneTag>
          ) : (
            <ToneTag tone="processing">{t('training.my.questionnaires.open')}</ToneTag>
          )}
          {item.anonymous && <ToneTag tone="default">{t('training.my.questionnaires.anonymousTag')}</ToneTag>}
        </Space>
        <Typography.Text>
          {t('training.my.questionnaires.session', { title: item.sessionTitle, from: item.sessionStartsOn, to: item.sessionEndsOn })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {item.state === 'answered'
            ? t('training.my.questionnaires.answeredOn', { date: item.answeredOn ?? '' })
            : notYet
              ? t('training.my.questionnaires.opensOn', { date: item.opensOn })
              : item.closesOn
                ? t('training.my.questionnaires.closesOn', { date: item.closesOn })
                : t('training.my.questionnaires.noEnd')}
        </Typography.Text>
        {item.state === 'open' && !notYet && (
          <Button
            type="primary"
            size="large"
            block
            icon={<EditOutlined />}
            onClick={() => void navigate(`/training/my/questionnaires/${item.id}`)}
            aria-label={t('training.my.questionnaires.answerFor', { title: item.title })}
          >
            {t('training.my.questionnaires.answer')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

/** 我的问卷: the needs surveys and questionnaires of the teacher's sessions, open ones first; 填写 opens the form. */
export default function MyQuestionnairesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useQuery({ queryKey: teacherKeys.questionnaires(1), queryFn: () => teacherApi.myQuestionnaires(1) });
  const today = todayInZone();
  return (
    <div style={{ maxWidth: 720 }}>
      <PageTitle
        title={t('training.my.questionnaires.title')}
        actions={<Button onClick={() => void navigate('/training/my')}>{t('training.my.title')}</Button>}
      />
      {query.isPending ? (
        <CardSkeleton rows={4} />
      ) : !query.data ? (
        <ProblemAlert error={query.error} retry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState description={t('training.my.questionnaires.empty')} />
      ) : (
        <Flex vertical gap={12}>
          {query.data.items.map((item) => (
            <QuestionnaireCard key={item.id} item={item} today={today} />
          ))}
        </Flex>
      )}
    </div>
  );
}
