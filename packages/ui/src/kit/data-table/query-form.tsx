import { useEffect, useMemo } from 'react';
import { Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import { SearchOutlined, UndoOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { pinyinFilterOption } from '../pinyin';
import { filterParamNames } from './url-state';
import type { FilterDef } from './types';

type FormValue = string | string[] | [Dayjs | null, Dayjs | null] | undefined;

/** URL filter values → form field values. */
export function toFormValues(filters: FilterDef[], values: Record<string, string>): Record<string, FormValue> {
  const out: Record<string, FormValue> = {};
  for (const def of filters) {
    if (def.type === 'dateRange') {
      const [from, to] = filterParamNames(def).map((n) => values[n]);
      out[def.name] = from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : undefined;
    } else if (def.type === 'select' && def.multiple) {
      const v = values[def.name];
      out[def.name] = v ? v.split(',') : undefined;
    } else {
      out[def.name] = values[def.name] || undefined;
    }
  }
  return out;
}

/** Form field values → URL filter values (empty ones left out, text trimmed). */
export function fromFormValues(filters: FilterDef[], form: Record<string, FormValue>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const def of filters) {
    const v = form[def.name];
    if (def.type === 'dateRange') {
      const [fromName, toName] = filterParamNames(def) as [string, string];
      const range = Array.isArray(v) ? (v as [Dayjs | null, Dayjs | null]) : [null, null];
      if (range[0]) out[fromName] = range[0].format('YYYY-MM-DD');
      if (range[1]) out[toName] = range[1].format('YYYY-MM-DD');
    } else if (Array.isArray(v)) {
      if (v.length) out[def.name] = (v as string[]).join(',');
    } else if (typeof v === 'string' && v.trim()) {
      out[def.name] = v.trim();
    }
  }
  return out;
}

export interface QueryFormProps {
  /** Gives the form's controls unique ids. */
  id: string;
  filters: FilterDef[];
  /** The filter values in the URL. */
  values: Record<string, string>;
  onSearch: (values: Record<string, string>) => void;
  onReset: () => void;
}

/** The query form over a list: one control per filter, 查询 and 重置. */
export function QueryForm({ id, filters, values, onSearch, onReset }: QueryFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, FormValue>>();
  const formValues = useMemo(() => toFormValues(filters, values), [filters, values]);

  // the URL is the truth: back/forward and links show their filters in the form
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(formValues);
  }, [form, formValues]);

  return (
    <Form
      form={form}
      name={`${id}-query`}
      className="sb-query-form"
      aria-label={t('kit.table.filters')}
      role="search"
      layout="vertical"
      onFinish={(v) => onSearch(fromFormValues(filters, v))}
    >
      <Row gutter={[16, 0]} align="bottom">
        {filters.map((def) => (
          <Col key={def.name} xs={24} sm={12} lg={8} xl={6}>
            <Form.Item name={def.name} label={def.label}>
              {def.type === 'text' ? (
                <Input allowClear placeholder={def.placeholder ?? t('kit.table.textPlaceholder')} />
              ) : def.type === 'select' ? (
                <Select
                  allowClear
                  showSearch={{ filterOption: pinyinFilterOption }}
                  mode={def.multiple ? 'multiple' : undefined}
                  placeholder={def.placeholder ?? t('kit.table.selectPlaceholder')}
                  options={def.options}
                />
              ) : (
                <DatePicker.RangePicker
                  style={{ width: '100%' }}
                  format="YYYY-MM-DD"
                  allowEmpty={[true, true]}
                  placeholder={[t('kit.table.startDate'), t('kit.table.endDate')]}
                />
              )}
            </Form.Item>
          </Col>
        ))}
        <Col xs={24} sm={12} lg={8} xl={6}>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('kit.table.search')}
              </Button>
              <Button
                icon={<UndoOutlined />}
                onClick={() => {
                  form.resetFields();
                  onReset();
                }}
              >
                {t('kit.table.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
