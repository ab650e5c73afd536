/**
 * Role → scope kind → scope: the fields of one role assignment, used by the add-assignment dialog
 * and the create-user form. Which scope kinds a role takes comes from `GET /api/roles`; a region
 * is picked from the caller's region tree, an organisation by searching the directory.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, Form, Input, Radio, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../pages/figures/RegionPicker';
import { usersApi, usersKeys, type AssignmentInput, type OrganisationOption, type Role } from './api';
import { useAssignmentWords } from './shared';

type NamePath = (string | number)[];

/** The organisations a role is usually given: schools for a principal, centres for a centre coordinator. */
const ORGANISATION_KIND: Record<string, OrganisationOption['kind']> = {
  principal: 'school',
  school_coordinator: 'school',
  centre_coordinator: 'training_centre',
};

export function useRoles() {
  return useQuery({ queryKey: usersKeys.roles, queryFn: usersApi.roles, staleTime: 10 * 60_000 });
}

function RegionField({ id, value, onChange }: { id?: string; value?: string; onChange?: (value: string) => void }) {
  return <RegionPicker {...(id ? { id } : {})} value={value} onChange={(v) => onChange?.(v)} />;
}

/** A searchable select over the directory's organisations (the server searches; 20 at a time). */
function OrganisationField({
  id,
  value,
  onChange,
  kind,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  kind?: OrganisationOption['kind'] | undefined;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const found = useQuery({
    queryKey: ['directory', 'organisations', 'picker', q, kind ?? ''],
    queryFn: () => usersApi.organisations(q, kind),
    staleTime: 60_000,
    retry: false,
  });
  const options = (found.data?.items ?? []).map((o: OrganisationOption) => ({ value: o.id, label: `${o.name}（${o.code}）` }));
  return (
    <Select
      id={id}
      data-testid="organisation-picker"
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => setQ(text.trim()), 300);
        },
      }}
      value={value}
      onChange={(v: string) => onChange?.(v)}
      options={options}
      loading={found.isFetching}
      placeholder={t('users.organisationPlaceholder')}
      notFoundContent={found.isError ? t('users.organisationsFailed') : t('users.noOrganisations')}
      style={{ width: '100%' }}
    />
  );
}

/** The assignment fields under `prefix` (`[]` in the dialog, `['assignments', 0]` in the create form). */
export function AssignmentFields({ prefix = [], required = true }: { prefix?: NamePath; required?: boolean }) {
  const { t } = useTranslation();
  const words = useAssignmentWords();
  const form = Form.useFormInstance();
  const roles = useRoles();
  const roleCode = Form.useWatch<string | undefined>([...prefix, 'role'], form);
  const scopeKind = Form.useWatch<string | undefined>([...prefix, 'scopeKind'], form);
  const role: Role | undefined = roles.data?.items.find((r) => r.code === roleCode);

  // a new role starts at its default scope kind, with no scope picked
  useEffect(() => {
    if (!role) return;
    form.setFieldValue([...prefix, 'scopeKind'], role.scopeKinds[0]);
    form.setFieldValue([...prefix, 'regionId'], undefined);
    form.setFieldValue([...prefix, 'organisationId'], undefined);
  }, [role?.code]);

  return (
    <>
      {roles.isError ? <Alert type="error" showIcon title={t('users.rolesFailed')} style={{ marginBottom: 12 }} /> : null}
      <Form.Item
        name={[...prefix, 'role']}
        label={required ? t('users.role') : t('users.initialRole')}
        rules={required ? [{ required: true, message: t('users.roleRequired') }] : []}
        {...(required ? {} : { extra: t('users.initialRoleHint') })}
      >
        <Select
          data-testid="role-picker"
          allowClear={!required}
          loading={roles.isPending}
          options={(roles.data?.items ?? []).map((r) => ({ value: r.code, label: words.role(r.code) }))}
          placeholder={t('users.roleRequired')}
        />
      </Form.Item>
      {role && role.scopeKinds.length > 1 ? (
        <Form.Item name={[...prefix, 'scopeKind']} label={t('users.scopeKind')}>
          <Radio.Group options={role.scopeKinds.map((k) => ({ value: k, label: words.scopeKind(k) }))} />
        </Form.Item>
      ) : (
        <Form.Item name={[...prefix, 'scopeKind']} hidden>
          <Input />
        </Form.Item>
      )}
      {role && scopeKind === 'region' ? (
        <Form.Item name={[...prefix, 'regionId']} label={t('users.region')} rules={[{ required: true, message: t('users.regionRequired') }]}>
          <RegionField />
        </Form.Item>
      ) : null}
      {role && scopeKind === 'organisation' ? (
        <Form.Item name={[...prefix, 'organisationId']} label={t('users.organisation')} rules={[{ required: true, message: t('users.organisationRequired') }]}>
          <OrganisationField kind={ORGANISATION_KIND[role.code]} />
        </Form.Item>
      ) : null}
      {role && scopeKind && ['global', 'own', 'assignments'].includes(scopeKind) ? (
        <Form.Item label={t('users.scope')}>
          <Typography.Text type="secondary">{t(`users.scopeHints.${scopeKind}`)}</Typography.Text>
        </Form.Item>
      ) : null}
    </>
  );
}

/** The assignment as the API takes it: only the id the scope kind uses. */
export function assignmentBody(v: { role?: string; scopeKind?: string; regionId?: string; organisationId?: string }): AssignmentInput {
  return {
    role: v.role as AssignmentInput['role'],
    ...(v.scopeKind ? { scopeKind: v.scopeKind as NonNullable<AssignmentInput['scopeKind']> } : {}),
    ...(v.scopeKind === 'region' && v.regionId ? { regionId: v.regionId } : {}),
    ...(v.scopeKind === 'organisation' && v.organisationId ? { organisationId: v.organisationId } : {}),
  };
}
