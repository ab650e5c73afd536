import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Alert, Button, Form, Grid, message, Space, type FormInstance, type FormProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldPath, isNetworkError, problemOf, type Problem } from '../problem';
import { useUnsavedChangesPrompt } from './unsaved-changes';

type NamePath = (string | number)[];

export interface ApiFormProps<V> extends Omit<FormProps<V>, 'onFinish' | 'form' | 'layout' | 'children' | 'onValuesChange'> {
  form?: FormInstance<V>;
  /** Saves the values; a rejected promise with a problem (ProblemError) shows its errors. */
  onSubmit: (values: V) => Promise<unknown>;
  /** After a successful save (the unsaved-changes guard is already released, so navigating is fine). */
  onSuccess?: (result: unknown, values: V) => void;
  onValuesChange?: FormProps<V>['onValuesChange'];
  /** The toast after a save; false for none. Default 保存成功. */
  successMessage?: ReactNode | false;
  /** The submit button's text; default 保存. */
  submitLabel?: ReactNode;
  /** More buttons next to the submit button (e.g. 取消). */
  actions?: ReactNode;
  /** Names of fields for the list of errors the form cannot place under a field. */
  fieldLabels?: Record<string, string>;
  /** Warn about unsaved changes (default true). */
  guardUnsaved?: boolean;
  /** Labels on the left on wide screens and stacked on phones (default), or fixed. */
  layout?: 'responsive' | 'horizontal' | 'vertical';
  children: ReactNode;
}

interface FormAlert {
  title: string;
  detail?: string;
  items?: { field: string; message: string }[];
}

const keyOf = (name: NamePath) => JSON.stringify(name);

/**
 * An antd Form that saves through the API: the submit button is disabled while saving, a
 * problem's field errors appear under their fields (errors for fields the form does not have,
 * and other failures, in an Alert with the problem's detail), a toast confirms the save, and
 * leaving with unsaved changes asks first.
 */
export function ApiForm<V extends object = Record<string, unknown>>({
  form: givenForm,
  onSubmit,
  onSuccess,
  onValuesChange,
  successMessage,
  submitLabel,
  actions,
  fieldLabels,
  guardUnsaved = true,
  layout = 'responsive',
  children,
  ...formProps
}: ApiFormProps<V>) {
  const { t } = useTranslation();
  const [ownForm] = Form.useForm<V>();
  const form = givenForm ?? ownForm;
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const prompt = useUnsavedChangesPrompt(guardUnsaved && dirty);
  const screens = Grid.useBreakpoint();
  const horizontal = layout === 'horizontal' || (layout === 'responsive' && !!screens.md);

  const showProblem = (problem: Problem) => {
    const registered = new Set(form.getFieldsError().map((f) => keyOf(f.name as NamePath)));
    const known: { name: NamePath; errors: string[] }[] = [];
    const unknown: { field: string; message: string }[] = [];
    for (const e of problem.errors ?? []) {
      const name = fieldPath(e.field);
      const msg = e.message || e.code;
      if (registered.has(keyOf(name))) {
        const prev = known.find((k) => keyOf(k.name) === keyOf(name));
        if (prev) prev.errors.push(msg);
        else known.push({ name, errors: [msg] });
      } else {
        unknown.push({ field: fieldLabels?.[e.field] ?? e.field, message: msg });
      }
    }
    if (known.length) {
      form.setFields(known.map((k) => ({ name: k.name as never, errors: k.errors })));
      try {
        form.scrollToField(known[0]!.name as never, { block: 'center' });
      } catch {
        // nothing to scroll in environments without layout
      }
    }
    if (unknown.length) setAlert({ title: t('kit.form.fixFields'), items: unknown });
    else if (!known.length) setAlert({ title: problem.title || t('kit.form.failed'), ...(problem.detail ? { detail: problem.detail } : {}) });
  };

  const submit = async (values: V) => {
    setAlert(null);
    setSaving(true);
    try {
      const result = await onSubmit(values);
      // release the guard synchronously, so onSuccess may navigate away at once
      flushSync(() => {
        setDirty(false);
        setSaving(false);
      });
      if (successMessage !== false) void toast.success(successMessage ?? t('kit.form.saved'));
      onSuccess?.(result, values);
    } catch (err) {
      setSaving(false);
      const problem = problemOf(err);
      if (isNetworkError(err)) setAlert({ title: t('kit.form.failed'), detail: t('kit.form.networkError') });
      else if (problem) showProblem(problem);
      else setAlert({ title: t('kit.form.failed'), ...(err instanceof Error && err.message ? { detail: err.message } : {}) });
    }
  };

  const submitRow = (
    <Space wrap>
      <Button type="primary" htmlType="submit" loading={saving} disabled={saving}>
        {submitLabel ?? t('kit.form.submit')}
      </Button>
      {actions}
    </Space>
  );

  return (
    <>
      {toastHolder}
      {prompt}
      {alert && (
        <Alert
          type="error"
          showIcon
          closable={{ closeIcon: true, 'aria-label': t('kit.common.close') }}
          onClose={() => setAlert(null)}
          style={{ marginBottom: 16 }}
          title={alert.title}
          description={
            alert.items ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {alert.items.map((i, n) => (
                  <li key={n}>{t('kit.form.fieldError', { field: i.field, message: i.message })}</li>
                ))}
              </ul>
            ) : (
              alert.detail
            )
          }
        />
      )}
      <Form<V>
        scrollToFirstError
        {...formProps}
        form={form}
        layout={horizontal ? 'horizontal' : 'vertical'}
        labelCol={horizontal ? { flex: '0 0 180px' } : undefined}
        labelWrap
        onValuesChange={(changed, all) => {
          setDirty(true);
          onValuesChange?.(changed, all);
        }}
        onFinish={(values) => void submit(values)}
        aria-busy={saving}
      >
        {children}
        <Form.Item label={horizontal ? ' ' : undefined} colon={false}>
          {submitRow}
        </Form.Item>
      </Form>
    </>
  );
}
