/**
 * /food-safety/inspections/:id/amend — changes a submitted inspection with a reason: the same phone
 * form, ending in 提交修正; the server rescores it, records the amendment in the audit log and
 * reissues the letter as the next revision of the same number.
 */
import { useRef } from 'react';
import { Navigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageSkeleton, useAuth, usePageTitle } from '@schoolbridge/ui';
import { inspectionKeys, inspectionsApi } from '../api';
import { LoadState } from '../components/LoadState';
import { useAccountOptions } from '../components/useAccounts';
import { InspectionFormScreen } from '../form/InspectionFormScreen';

export default function InspectionAmendPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { me } = useAuth();
  usePageTitle(t('foodSafety.inspections.form.amendTitle'));
  const inspection = useQuery({ queryKey: inspectionKeys.detail(id), queryFn: () => inspectionsApi.get(id), staleTime: Infinity, refetchOnWindowFocus: false });
  const canteenId = inspection.data?.canteenId;
  const canteen = useQuery({
    queryKey: [...inspectionKeys.canteens, canteenId],
    queryFn: () => inspectionsApi.canteen(canteenId!),
    enabled: !!canteenId,
    staleTime: 5 * 60_000,
  });
  const accounts = useAccountOptions();
  // only what the page opened with decides whether it belongs here: its own submit changes the status
  const opened = useRef<{ status: string; canEdit: boolean } | null>(null);
  if (inspection.data && !opened.current) opened.current = { status: inspection.data.status, canEdit: inspection.data.canEdit };

  if (!inspection.data)
    return <LoadState isPending={inspection.isPending} error={inspection.error} retry={() => void inspection.refetch()} backTo="/food-safety/inspections" />;
  if (opened.current!.status !== 'submitted' || !opened.current!.canEdit) return <Navigate to={`/food-safety/inspections/${id}`} replace />;
  if (!me || canteen.isPending) return <PageSkeleton />;
  const c = canteen.data;
  return (
    <InspectionFormScreen
      key={inspection.data.id}
      mode="amend"
      inspection={inspection.data}
      userId={me.user.id}
      authorities={[]}
      accounts={accounts}
      photoOwner={c?.schoolId ? { organisationId: c.schoolId } : c?.regionId ? { regionId: c.regionId } : {}}
    />
  );
}
