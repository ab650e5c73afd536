/**
 * /food-safety/inspections/:id/fill — the phone form of a draft (a submitted inspection goes to
 * its page). Loads the inspection, the issuing authorities, the canteen (where photos are filed)
 * and the accounts that may be picked as officers present.
 */
import { useRef } from 'react';
import { Navigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageSkeleton, usePageTitle, useAuth } from '@schoolbridge/ui';
import { inspectionKeys, inspectionsApi } from '../api';
import { LoadState } from '../components/LoadState';
import { useAccountOptions } from '../components/useAccounts';
import { InspectionFormScreen } from '../form/InspectionFormScreen';

export default function InspectionFormPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { me } = useAuth();
  usePageTitle(t('foodSafety.inspections.form.title'));
  const inspection = useQuery({ queryKey: inspectionKeys.detail(id), queryFn: () => inspectionsApi.get(id), staleTime: Infinity, refetchOnWindowFocus: false });
  const authorities = useQuery({ queryKey: inspectionKeys.authorities, queryFn: inspectionsApi.authorities, staleTime: 5 * 60_000 });
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
  if (opened.current!.status === 'submitted' || !opened.current!.canEdit) return <Navigate to={`/food-safety/inspections/${id}`} replace />;
  if (!me || authorities.isPending || canteen.isPending) return <PageSkeleton />;
  const c = canteen.data;
  const photoOwner = c?.schoolId ? { organisationId: c.schoolId } : c?.regionId ? { regionId: c.regionId } : {};
  return (
    <InspectionFormScreen
      key={inspection.data.id}
      inspection={inspection.data}
      userId={me.user.id}
      authorities={authorities.data ?? []}
      accounts={accounts}
      photoOwner={photoOwner}
    />
  );
}
