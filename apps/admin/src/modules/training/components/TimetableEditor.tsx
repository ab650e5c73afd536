import { useMemo } from 'react';
import { Button, Card, Checkbox, Col, DatePicker, Flex, Form, Grid, Input, Row, Select, Space, Typography, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PinyinSelect } from '@schoolbridge/ui';
import { HALF_DAYS, trainingApi, trainingKeys, type HalfDay } from '../api';
import { addDays, weekdayKey } from './format';
import { useTrainingVocab } from './vocab';

/** The timetable as the editor's form holds it: the API's input shape, dates as YYYY-MM-DD. */
export interface ModuleValue {
  kind: string;
  title?: string | null;
  expertId?: string | null;
  lessonTeacherId?: string | null;
}
export interface HalfValue {
  half: HalfDay;
  participantSlot: boolean;
  startsAt: string;
  endsAt: string;
  modules: ModuleValue[];
}
export interface DayValue {
  date: string;
  halves: HalfValue[];
}

export const DEFAULT_TIMES: Record<HalfDay, { startsAt: string; endsAt: string }> = {
  am: { startsAt: '08:30', endsAt: '12:00' },
  pm: { startsAt: '14:00', endsAt: '17:30' },
};
const LESSON_KINDS = new Set(['demonstrationLesson', 'feedbackLesson']);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function newHalf(half: HalfDay, participantSlot = true): HalfValue {
  return { half, participantSlot, ...DEFAULT_TIMES[half], modules: [] };
}

export interface Option {
  value: string;
  label: string;
}

/** Teachers of the venue school, for the lesson teacher of demonstration and feedback lessons. */
export function useVenueTeachers(venueId: string | undefined, known: Option[]) {
  const query = useQuery({
    queryKey: trainingKeys.teachers(venueId ?? '', ''),
    queryFn: () => trainingApi.teachers(venueId!, ''),
    enabled: !!venueId,
    staleTime: 60_000,
    retry: false,
  });
  return useMemo(() => {
    const list = (query.data ?? []).map((t) => ({ value: t.id, label: t.name }));
    for (const k of known) if (!list.some((o) => o.value === k.value)) list.push(k);
    return list;
  }, [query.data, known]);
}

interface HalfCellProps {
  form: FormInstance;
  dayField: number;
  halfField: number;
  half: HalfDay;
  date: string;
  experts: Option[];
  teachers: Option[];
  onRemove: () => void;
}

function HalfCell({ form, dayField, halfField, half, date, experts, teachers, onRemove }: HalfCellProps) {
  const { t } = useTranslation();
  const vocab = useTrainingVocab();
  const where = `${date} ${vocab.label('halfDays', half)}`;
  return (
    <div className="sb-timetable-half" data-testid={`cell-${date}-${half}`} role="group" aria-label={where}>
      <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 8 }}>
        <Form.Item name={[halfField, 'participantSlot']} valuePropName="checked" noStyle>
          <Checkbox aria-label={t('training.editor.participantSlotFor', { where })}>{t('training.editor.participantSlot')}</Checkbox>
        </Form.Item>
        <Space size={4} align="start">
          <Form.Item
            name={[halfField, 'startsAt']}
            style={{ marginBottom: 0 }}
            rules={[{ required: true, pattern: TIME, message: t('training.editor.timeInvalid') }]}
          >
            <Input aria-label={t('training.editor.startsAtFor', { where })} style={{ width: 72 }} maxLength={5} placeholder="08:30" />
          </Form.Item>
          <span aria-hidden style={{ lineHeight: '32px' }}>
            –
          </span>
          <Form.Item
            name={[halfField, 'endsAt']}
            style={{ marginBottom: 0 }}
            rules={[{ required: true, pattern: TIME, message: t('training.editor.timeInvalid') }]}
          >
            <Input aria-label={t('training.editor.endsAtFor', { where })} style={{ width: 72 }} maxLength={5} placeholder="12:00" />
          </Form.Item>
        </Space>
        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('training.editor.removeHalf', { where })} onClick={onRemove} />
      </Flex>
      <Form.List name={[halfField, 'modules']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, k) => {
              const kind = form.getFieldValue(['days', dayField, 'halves', halfField, 'modules', field.name, 'kind']) as string | undefined;
              const label = t('training.editor.moduleN', { where, n: k + 1 });
              return (
                <Card key={field.key} size="small" style={{ marginBottom: 8 }} styles={{ body: { padding: 8 } }} role="group" aria-label={label}>
                  <Row gutter={[8, 0]}>
                    <Col xs={24} sm={12}>
                      <Form.Item
                        name={[field.name, 'kind']}
                        label={t('training.editor.kind')}
                        rules={[{ required: true, message: t('training.editor.kindRequired') }]}
                        style={{ marginBottom: 8 }}
                      >
                        <Select aria-label={`${label} ${t('training.editor.kind')}`} options={vocab.options('moduleKinds')} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12}>
                      <Form.Item name={[field.name, 'expertId']} label={t('training.editor.moduleExpert')} style={{ marginBottom: 8 }}>
                        <PinyinSelect
                          aria-label={`${label} ${t('training.editor.moduleExpert')}`}
                          allowClear
                          options={experts}
                          placeholder={experts.length ? t('training.editor.pickExpert') : t('training.editor.teamFirst')}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24}>
                      <Form.Item name={[field.name, 'title']} label={t('training.editor.moduleTitle')} style={{ marginBottom: 8 }}>
                        <Input
                          aria-label={`${label} ${t('training.editor.moduleTitle')}`}
                          maxLength={200}
                          placeholder={t('training.editor.moduleTitlePlaceholder')}
                        />
                      </Form.Item>
                    </Col>
                    <Form.Item noStyle shouldUpdate>
                      {() =>
                        LESSON_KINDS.has(
                          (form.getFieldValue(['days', dayField, 'halves', halfField, 'modules', field.name, 'kind']) as string) ?? kind ?? '',
                        ) ? (
                          <Col xs={24}>
                            <Form.Item name={[field.name, 'lessonTeacherId']} label={t('training.editor.lessonTeacher')} style={{ marginBottom: 8 }}>
                              <PinyinSelect
                                aria-label={`${label} ${t('training.editor.lessonTeacher')}`}
                                allowClear
                                options={teachers}
                                placeholder={teachers.length ? t('training.editor.pickTeacher') : t('training.editor.venueFirst')}
                              />
                            </Form.Item>
                          </Col>
                        ) : null
                      }
                    </Form.Item>
                  </Row>
                  <Button
                    size="small"
                    type="link"
                    danger
                    style={{ paddingInline: 0 }}
                    onClick={() => remove(field.name)}
                    aria-label={t('training.editor.removeModuleLabel', { label })}
                  >
                    {t('training.editor.removeModule')}
                  </Button>
                </Card>
              );
            })}
            <Button
              size="small"
              type="dashed"
              icon={<PlusOutlined />}
              block
              onClick={() => add({ kind: 'other', title: '', expertId: null, lessonTeacherId: null })}
            >
              {t('training.editor.addModule')}
            </Button>
          </>
        )}
      </Form.List>
    </div>
  );
}

export interface TimetableEditorProps {
  form: FormInstance;
  experts: Option[];
  teachers: Option[];
  onChanged: () => void;
}

/**
 * 课程安排表: a row per day (date and weekday), columns 上午 / 下午; each half-day lists its modules
 * (kind, title, the expert from the team, the lesson teacher for demonstration and feedback
 * lessons) and whether it is a participants' attendance slot. Stacks on a phone.
 */
export function TimetableEditor({ form, experts, teachers, onChanged }: TimetableEditorProps) {
  const { t } = useTranslation();
  const vocab = useTrainingVocab();
  const days = (Form.useWatch('days', form) as DayValue[] | undefined) ?? [];
  // on a phone the columns stack: each half-day then says which it is
  const stacked = !Grid.useBreakpoint().md;
  const slots = days.reduce((n, d) => n + (d?.halves ?? []).filter((h) => h?.participantSlot).length, 0);

  return (
    <Form.List name="days">
      {(dayFields, { add: addDay, remove: removeDay }, { errors }) => (
        <div className="sb-timetable-editor">
          <Typography.Paragraph type="secondary" data-testid="slot-count">
            {t('training.editor.slotCount', { days: dayFields.length, slots })}
          </Typography.Paragraph>
          <Row gutter={8} className="sb-timetable-head" style={{ fontWeight: 600, marginBottom: 8 }}>
            <Col xs={0} md={4}>
              {t('training.editor.date')}
            </Col>
            {HALF_DAYS.map((h) => (
              <Col key={h} xs={0} md={10}>
                {vocab.label('halfDays', h)}
              </Col>
            ))}
          </Row>
          {dayFields.map((dayField) => {
            const date = (form.getFieldValue(['days', dayField.name, 'date']) as string | undefined) ?? '';
            return (
              <Row key={dayField.key} gutter={[8, 8]} className="sb-timetable-day" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8, marginBottom: 8 }}>
                <Col xs={24} md={4}>
                  <Form.Item
                    name={[dayField.name, 'date']}
                    label={t('training.editor.date')}
                    rules={[{ required: true, message: t('training.editor.dateRequired') }]}
                    getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : undefined })}
                    normalize={(d: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined)}
                    style={{ marginBottom: 4 }}
                  >
                    <DatePicker format="YYYY-MM-DD" aria-label={t('training.editor.dayN', { n: dayField.name + 1 })} style={{ width: '100%' }} />
                  </Form.Item>
                  <Space size={4} wrap>
                    {date && <Typography.Text type="secondary">{t(weekdayKey(date))}</Typography.Text>}
                    <Button
                      size="small"
                      type="link"
                      danger
                      style={{ paddingInline: 0 }}
                      onClick={() => {
                        removeDay(dayField.name);
                        onChanged();
                      }}
                      aria-label={t('training.editor.removeDayLabel', { date: date || dayField.name + 1 })}
                    >
                      {t('training.editor.removeDay')}
                    </Button>
                  </Space>
                </Col>
                <Form.List name={[dayField.name, 'halves']}>
                  {(halfFields, { add: addHalf, remove: removeHalf }) => {
                    const present = halfFields.map((f) => ({
                      field: f,
                      half: form.getFieldValue(['days', dayField.name, 'halves', f.name, 'half']) as HalfDay,
                    }));
                    return HALF_DAYS.map((h) => {
                      const hit = present.find((p) => p.half === h);
                      return (
                        <Col key={h} xs={24} md={10}>
                          {stacked && (
                            <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
                              {vocab.label('halfDays', h)}
                            </Typography.Text>
                          )}
                          {hit ? (
                            <HalfCell
                              form={form}
                              dayField={dayField.name}
                              halfField={hit.field.name}
                              half={h}
                              date={date}
                              experts={experts}
                              teachers={teachers}
                              onRemove={() => {
                                removeHalf(hit.field.name);
                                onChanged();
                              }}
                            />
                          ) : (
                            <Button
                              type="dashed"
                              block
                              icon={<PlusOutlined />}
                              onClick={() => {
                                // keep 上午 before 下午, as the API numbers them
                                addHalf(newHalf(h), h === 'am' ? 0 : undefined);
                                onChanged();
                              }}
                            >
                              {t('training.editor.addHalf', { half: vocab.label('halfDays', h) })}
                            </Button>
                          )}
                        </Col>
                      );
                    });
                  }}
                </Form.List>
              </Row>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => {
              const last = days.at(-1)?.date;
              addDay({ date: last ? addDays(last, 1) : undefined, halves: [newHalf('am'), newHalf('pm')] });
              onChanged();
            }}
          >
            {t('training.editor.addDay')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
