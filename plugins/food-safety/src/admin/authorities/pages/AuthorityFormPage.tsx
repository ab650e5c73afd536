/**
 * 新建 / 编辑签发机关: name, number prefix (checked as the server checks it, with the number the
 * next letter will print shown as it is typed), region served, active. The API's field errors land
 * under their fields — a prefix another authority holds (409) in this page's own words; leaving
 * with unsaved changes asks first (ApiForm).
 */
import { Alert, Button, Form, Input, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ApiForm, PageSkeleton, ProblemError, problemOf } from '@schoolbridge/ui';
import { RegionSelect } from '../../inspections/components/RegionSelect';
import { authoritiesApi, invalidateAuthorities, useAuthority, type Authority } from '../api';
import { NUMBER_PREFIX_PATTERN, letterNumber, parseLetterNumber } from '../number';

interface Values {
  name: string;
  numberPrefix: string;
  regionId?: string;
  active: boolean;
}

const LIST = '/food-safety/authorities';

export default function AuthorityFormPage() {
  const { id } = useParams();
  const authority = useAuthority(id);
  if (id && authority.isPending) return <PageSkeleton />;
  if (id && authority.isError) return <Alert type="error" showIcon title={problemOf(authority.error)?.detail ?? String(authority.error)} />;
  return <AuthorityForm key={authority.data?.version ?? 'new'} authority={id ? authority.data : undefined} />;
}

function AuthorityForm({ authority }: { authority?: Authority | undefined }) {
  const { t } = useTranslation();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.authorities.${key}`, opts ?? {});
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const typedPrefix = Form.useWatch('numberPrefix', form) as string | undefined;

  const initial: Values = authority
    ? { name: authority.name, numberPrefix: authority.numberPrefix, regionId: authority.regionId, active: authority.active }
    : { name: '', numberPrefix: '', active: true };

  // the next letter: this year's next serial for an existing authority, 第001号 for a new one
  const next = (authority && parseLetterNumber(authority.nextNumber)) ?? { year: dayjs().year(), serial: 1 };
  const prefix = (typedPrefix ?? initial.numberPrefix).trim();
  const preview = prefix && NUMBER_PREFIX_PATTERN.test(prefix) ? letterNumber(prefix, next.year, next.serial) : null;
  const prefixChanged = !!authority && prefix !== authority.numberPrefix;

  /** The API's duplicate-prefix error, told in this page's words under the field. */
  const explain = (err: unknown): never => {
    const p = problemOf(err);
    if (p?.errors?.some((e) => e.field === 'numberPrefix' && e.code === 'conflict.duplicate')) {
      throw new ProblemError({
        ...p,
        errors: p.errors.map((e) => (e.field === 'numberPrefix' && e.code === 'conflict.duplicate' ? { ...e, message: w('duplicatePrefix', { prefix }) } : e)),
      });
    }
    throw err;
  };

  const submit = (v: Values) => {
    const body = { name: v.name.trim(), numberPrefix: v.numberPrefix.trim(), active: v.active };
    const saving = authority
      ? authoritiesApi.update(authority.id, {
          ...body,
          version: authority.version,
          ...(v.regionId && v.regionId !== authority.regionId ? { regionId: v.regionId } : {}),
        })
      : authoritiesApi.create({ ...body, regionId: v.regionId! });
    return saving.catch(explain);
  };

  return (
    <>
      <Typography.Title level={3}>{authority ? w('edit') : w('new')}</Typography.Title>
      <ApiForm<Values>
        form={form}
        initialValues={initial}
        onSubmit={submit}
        successMessage={authority ? undefined : w('created')}
        onSuccess={() => {
          void invalidateAuthorities(queryClient);
          navigate(LIST);
        }}
        fieldLabels={{ name: w('name'), numberPrefix: w('numberPrefix'), regionId: w('region'), active: w('active') }}
        actions={<Button onClick={() => navigate(LIST)}>{w('cancel')}</Button>}
        style={{ maxWidth: 720 }}
      >
        <Form.Item name="name" label={w('name')} rules={[{ required: true, whitespace: true, message: w('nameRequired') }]}>
          <Input maxLength={200} placeholder="某某县市场监督管理局" />
        </Form.Item>
        <Form.Item
          name="numberPrefix"
          label={w('numberPrefix')}
          extra={
            <>
              <div>{w('prefixHelp')}</div>
              {preview ? (
                <div data-testid="number-preview">
                  {w('preview')}：<Typography.Text strong>{preview}</Typography.Text>
                </div>
              ) : null}
              {prefixChanged && authority.letterCount > 0 ? <div>{w('prefixChangeNote', { count: authority.letterCount })}</div> : null}
            </>
          }
          rules={[
            { required: true, whitespace: true, message: w('prefixRequired') },
            { transform: (v: string | undefined) => v?.trim(), pattern: NUMBER_PREFIX_PATTERN, message: w('prefixInvalid') },
          ]}
        >
          <Input maxLength={50} placeholder="某监餐意" style={{ maxWidth: 320 }} />
        </Form.Item>
        <Form.Item name="regionId" label={w('region')} rules={[{ required: true, message: w('regionRequired') }]}>
          <RegionSelect {...(authority ? { valueLabel: authority.regionName } : {})} />
        </Form.Item>
        <Form.Item name="active" label={w('active')} valuePropName="checked" extra={w('activeHelp')}>
          <Switch />
        </Form.Item>
      </ApiForm>
    </>
  );
}
