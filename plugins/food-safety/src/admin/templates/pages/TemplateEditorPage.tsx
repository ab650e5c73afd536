/**
 * 新建 / 编辑检查表: name, purpose, and the areas with their items (text, severity, weight, known
 * defect), added, removed and moved in place. Items of the current version keep their codes; new
 * ones get theirs from the server. When records already use the current version the page says that
 * saving makes the next version.
 */
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiForm, PageSkeleton, problemOf } from '@schoolbridge/ui';
import { templateKeys, templatesApi, useTemplate, type TemplateDetail, type TemplatePurpose, type Severity } from '../api';
import { DEFECTS, PURPOSES, SEVERITIES } from '../components/vocab';

interface ItemValues {
  code?: string | null;
  text: string;
  severity: Severity;
  weight: number;
  defectCode?: string | null;
}
interface AreaValues {
  code?: string | null;
  name: string;
  items: ItemValues[];
}
interface EditorValues {
  code?: string;
  name: string;
  purpose: TemplatePurpose;
  description?: string | null;
  note?: string | null;
  areas: AreaValues[];
}

const CODE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;
const newItem = (): ItemValues => ({ code: null, text: '', severity: 'minor', weight: 1, defectCode: null });

function initialValues(template: TemplateDetail | undefined): EditorValues {
  if (!template) return { name: '', purpose: 'inspection', areas: [{ code: null, name: '', items: [newItem()] }] };
  return {
    name: template.name,
    purpose: template.purpose,
    description: template.description,
    note: null,
    areas: template.currentVersion.areas.map((a) => ({
      code: a.code,
      name: a.name,
      items: a.items.map((i) => ({ code: i.code, text: i.text, severity: i.severity, weight: i.weight, defectCode: i.defectCode })),
    })),
  };
}

export default function TemplateEditorPage() {
  const { id } = useParams();
  const template = useTemplate(id);
  if (id && template.isPending) return <PageSkeleton />;
  if (id && template.isError) return <Alert type="error" showIcon title={problemOf(template.error)?.detail ?? String(template.error)} />;
  return <Editor key={template.data?.version ?? 'new'} template={id ? template.data : undefined} />;
}

function Editor({ template }: { template: TemplateDetail | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EditorValues>();
  const purpose = Form.useWatch('purpose', form) ?? template?.purpose ?? 'inspection';
  const scored = purpose === 'inspection';

  const submit = (values: EditorValues) => {
    const areas = values.areas.map((a) => ({
      ...(a.code ? { code: a.code } : {}),
      name: a.name,
      items: a.items.map((i) => ({
        ...(i.code ? { code: i.code } : {}),
        text: i.text,
        severity: i.severity,
        weight: i.weight,
        defectCode: (i.defectCode || null) as never,
      })),
    }));
    if (template) {
      return templatesApi.update(template.id, {
        version: template.version,
        name: values.name,
        description: values.description || null,
        ...(values.note ? { note: values.note } : {}),
        areas,
      });
    }
    return templatesApi.create({
      ...(values.code ? { code: values.code } : {}),
      name: values.name,
      purpose: values.purpose,
      description: values.description || null,
      ...(values.note ? { note: values.note } : {}),
      areas,
    });
  };

  const done = async (result: unknown) => {
    const saved = result as TemplateDetail;
    await queryClient.invalidateQueries({ queryKey: templateKeys.all });
    message.success(
      template && saved.currentVersionNumber > template.currentVersionNumber
        ? t('foodSafety.templates.editor.savedNewVersion', { n: saved.currentVersionNumber })
        : t('foodSafety.templates.editor.saved'),
    );
    navigate(`/food-safety/templates/${saved.id}`);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {template ? `${t('foodSafety.templates.edit')}：${template.name}` : t('foodSafety.templates.new')}
      </Typography.Title>
      {template ? (
        template.currentVersionUsed ? (
          <Alert type="warning" showIcon title={t('foodSafety.templates.editor.usedWarning', { n: template.currentVersionNumber + 1 })} />
        ) : (
          <Alert type="info" showIcon title={t('foodSafety.templates.editor.inPlace', { n: template.currentVersionNumber })} />
        )
      ) : null}
      <ApiForm<EditorValues>
        form={form}
        initialValues={initialValues(template)}
        onSubmit={submit}
        onSuccess={(result) => void done(result)}
        successMessage={false}
        fieldLabels={{ areas: t('foodSafety.templates.editor.areas') }}
        actions={
          <Button onClick={() => navigate(template ? `/food-safety/templates/${template.id}` : '/food-safety/templates')}>{t('kit.common.cancel')}</Button>
        }
      >
        <Form.Item
          name="name"
          label={t('foodSafety.templates.name')}
          rules={[{ required: true, whitespace: true, message: t('foodSafety.templates.editor.nameRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t('foodSafety.templates.purpose')}
          rules={[{ required: true, message: t('foodSafety.templates.editor.purposeRequired') }]}
        >
          <Select disabled={!!template} options={PURPOSES.map((p) => ({ value: p, label: t(`foodSafety.templates.purposes.${p}`) }))} />
        </Form.Item>
        {template ? null : (
          <Form.Item
            name="code"
            label={t('foodSafety.templates.code')}
            extra={t('foodSafety.templates.codeHelp')}
            rules={[{ pattern: CODE_PATTERN, message: t('foodSafety.templates.editor.codeFormat') }]}
          >
            <Input maxLength={40} />
          </Form.Item>
        )}
        <Form.Item name="description" label={t('foodSafety.templates.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="note" label={t('foodSafety.templates.note')} extra={t('foodSafety.templates.noteHelp')}>
          <Input maxLength={500} />
        </Form.Item>
        <Typography.Title level={4}>{t('foodSafety.templates.editor.areas')}</Typography.Title>
        <Form.List
          name="areas"
          rules={[
            {
              validator: async (_, areas: AreaValues[] | undefined) => {
                if (!areas?.length) throw new Error(t('foodSafety.templates.editor.needArea'));
              },
            },
          ]}
        >
          {(areaFields, { add: addArea, remove: removeArea, move: moveArea }, { errors }) => (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              {areaFields.map((areaField, ai) => (
                <AreaCard
                  key={areaField.key}
                  index={ai}
                  count={areaFields.length}
                  name={areaField.name}
                  scored={scored}
                  onRemove={() => removeArea(areaField.name)}
                  onMove={(to) => moveArea(ai, to)}
                />
              ))}
              <Form.ErrorList errors={errors} />
              <Button icon={<PlusOutlined />} onClick={() => addArea({ code: null, name: '', items: [newItem()] })}>
                {t('foodSafety.templates.editor.addArea')}
              </Button>
            </Space>
          )}
        </Form.List>
      </ApiForm>
    </Space>
  );
}

function AreaCard({
  index,
  count,
  name,
  scored,
  onRemove,
  onMove,
}: {
  index: number;
  count: number;
  name: number;
  scored: boolean;
  onRemove: () => void;
  onMove: (to: number) => void;
}) {
  const { t } = useTranslation();
  const areaLabel = t('foodSafety.templates.editor.areaN', { n: index + 1 });
  return (
    <Card
      size="small"
      title={areaLabel}
      data-testid={`area-editor-${index}`}
      extra={
        <Space size={0}>
          <Button
            type="text"
            icon={<ArrowUpOutlined />}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
            aria-label={`${areaLabel} ${t('foodSafety.templates.editor.moveUp')}`}
          />
          <Button
            type="text"
            icon={<ArrowDownOutlined />}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
            aria-label={`${areaLabel} ${t('foodSafety.templates.editor.moveDown')}`}
          />
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            disabled={count === 1}
            onClick={onRemove}
            aria-label={`${areaLabel} ${t('foodSafety.templates.editor.removeArea')}`}
          />
        </Space>
      }
    >
      <Form.Item name={[name, 'code']} hidden>
        <Input />
      </Form.Item>
      <Form.Item
        name={[name, 'name']}
        label={t('foodSafety.templates.editor.areaName')}
        rules={[{ required: true, whitespace: true, message: t('foodSafety.templates.editor.areaNameRequired') }]}
      >
        <Input maxLength={200} aria-label={`${areaLabel} ${t('foodSafety.templates.editor.areaName')}`} />
      </Form.Item>
      <Form.List
        name={[name, 'items']}
        rules={[
          {
            validator: async (_, items: ItemValues[] | undefined) => {
              if (!items?.length) throw new Error(t('foodSafety.templates.editor.needItem'));
            },
          },
        ]}
      >
        {(itemFields, { add, remove, move }, { errors }) => (
          <Space orientation="vertical" size="small" style={{ width: '100%' }}>
            {itemFields.map((itemField, ii) => (
              <ItemRow
                key={itemField.key}
                name={itemField.name}
                label={`${areaLabel} ${t('foodSafety.templates.editor.itemN', { n: ii + 1 })}`}
                first={ii === 0}
                last={ii === itemFields.length - 1}
                scored={scored}
                onRemove={() => remove(itemField.name)}
                onMove={(d) => move(ii, ii + d)}
              />
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newItem())} block>
              {t('foodSafety.templates.editor.addItem')}
            </Button>
          </Space>
        )}
      </Form.List>
    </Card>
  );
}

function ItemRow({
  name,
  label,
  first,
  last,
  scored,
  onRemove,
  onMove,
}: {
  name: number;
  label: string;
  first: boolean;
  last: boolean;
  scored: boolean;
  onRemove: () => void;
  onMove: (d: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="fs-template-item" style={{ borderTop: first ? undefined : '1px solid #f0f0f0', paddingTop: first ? 0 : 8 }}>
      <Form.Item name={[name, 'code']} hidden>
        <Input />
      </Form.Item>
      <Row gutter={[8, 0]} align="top">
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'text']} rules={[{ required: true, whitespace: true, message: t('foodSafety.templates.editor.itemTextRequired') }]}>
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={500}
              aria-label={`${label} ${t('foodSafety.templates.editor.itemText')}`}
              placeholder={t('foodSafety.templates.editor.itemText')}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[name, 'severity']}>
            <Select
              aria-label={`${label} ${t('foodSafety.templates.detail.severity')}`}
              options={SEVERITIES.map((s) => ({ value: s, label: t(`foodSafety.templates.severities.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={2} style={scored ? undefined : { display: 'none' }}>
          <Form.Item name={[name, 'weight']} rules={[{ required: true, message: t('foodSafety.templates.editor.weightRequired') }]}>
            <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} aria-label={`${label} ${t('foodSafety.templates.detail.weight')}`} />
          </Form.Item>
        </Col>
        <Col xs={16} md={4}>
          <Form.Item name={[name, 'defectCode']}>
            <Select
              allowClear
              aria-label={`${label} ${t('foodSafety.templates.detail.defect')}`}
              placeholder={t('foodSafety.templates.detail.defect')}
              options={DEFECTS.map((d) => ({ value: d, label: t(`foodSafety.templates.defects.${d}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={8} md={2}>
          <Space size={0}>
            <Button
              type="text"
              icon={<ArrowUpOutlined />}
              disabled={first}
              onClick={() => onMove(-1)}
              aria-label={`${label} ${t('foodSafety.templates.editor.moveUp')}`}
            />
            <Button
              type="text"
              icon={<ArrowDownOutlined />}
              disabled={last}
              onClick={() => onMove(1)}
              aria-label={`${label} ${t('foodSafety.templates.editor.moveDown')}`}
            />
            <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={`${label} ${t('foodSafety.templates.editor.removeItem')}`} />
          </Space>
        </Col>
      </Row>
    </div>
  );
}
