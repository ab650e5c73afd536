/** The daily routine API (/api/food-safety/routine/…) as the pages read it, through the generated client. */
import { useQuery } from '@tanstack/react-query';
import { unwrap, type ListParams } from '@schoolbridge/ui';
import type { components } from '../api/client';
import { fsApi } from '../canteens/api';

type S = components['schemas'];
export type FoodSample = S['FoodSampleDto'];
export type FoodSamplePage = S['FoodSamplePageDto'];
export type CreateSampleBody = S['CreateSampleDto'];
export type RoutineRecord = S['RoutineRecordDto'];
export type RoutineRecordSummary = S['RoutineRecordSummaryDto'];
export type RoutineKind = RoutineRecord['kind'];
export type ItemResult = S['ItemResultInputDto']['result'];
export type Checklist = S['ChecklistDto'];
export type Meal = FoodSample['meal'];
export type SampleWarning = FoodSample['warnings'][number];

export const ROUTINE_KINDS: RoutineKind[] = ['dailyCheck', 'weeklyReview', 'monthlyDispatch'];
export const MEALS: Meal[] = ['breakfast', 'lunch', 'dinner', 'other'];

export const routineKeys = {
  all: ['food-safety', 'routine'] as const,
  samples: ['food-safety', 'routine', 'samples'] as const,
  records: ['food-safety', 'routine', 'records'] as const,
  record: (id: string) => ['food-safety', 'routine', 'records', id] as const,
  checklist: (kind: RoutineKind) => ['food-safety', 'routine', 'checklist', kind] as const,
};

export const routineApi = {
  samples: (params: ListParams) => unwrap(fsApi().GET('/api/food-safety/routine/samples', { params: { query: params as never } })),
  createSample: (body: CreateSampleBody) => unwrap(fsApi().POST('/api/food-safety/routine/samples', { body })),
  removeSample: (id: string, version: number, removedBy: string) =>
    unwrap(fsApi().POST('/api/food-safety/routine/samples/{id}/remove', { params: { path: { id } }, body: { version, removedBy } })),
  records: (params: ListParams) => unwrap(fsApi().GET('/api/food-safety/routine/records', { params: { query: params as never } })),
  record: (id: string) => unwrap(fsApi().GET('/api/food-safety/routine/records/{id}', { params: { path: { id } } })),
  checklist: (kind: RoutineKind) => unwrap(fsApi().GET('/api/food-safety/routine/checklist', { params: { query: { kind } } })),
  createRecord: (body: S['CreateRecordDto']) => unwrap(fsApi().POST('/api/food-safety/routine/records', { body })),
  updateRecord: (id: string, body: S['UpdateRecordDto']) => unwrap(fsApi().PATCH('/api/food-safety/routine/records/{id}', { params: { path: { id } }, body })),
};

export function useChecklist(kind: RoutineKind, enabled = true) {
  return useQuery({ queryKey: routineKeys.checklist(kind), queryFn: () => routineApi.checklist(kind), enabled });
}

export function useRoutineRecord(id: string | undefined) {
  return useQuery({ queryKey: routineKeys.record(id ?? ''), queryFn: () => routineApi.record(id!), enabled: !!id });
}
