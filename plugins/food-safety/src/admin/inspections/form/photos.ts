/**
 * Photos of failed items: taken with the phone's camera and uploaded through core's files API
 * (POST /api/files, multipart field `file`), filed under the canteen's school so the school can see
 * them on its notice. The result keeps the file ids; the picture is read back from its contentUrl.
 */
import { apiFetch } from '@schoolbridge/ui';

export interface UploadedFile {
  id: string;
  originalName: string;
  mediaType: string;
  size: number;
  contentUrl: string;
}

/** A photo of an inspection, read through the inspection (so a school sees the photos of its canteen's inspections). */
export function inspectionPhotoUrl(inspectionId: string, fileId: string): string {
  return `/api/food-safety/inspections/${inspectionId}/photos/${fileId}`;
}

export function fileContentUrl(fileId: string): string {
  return `/api/files/${fileId}/content`;
}

/** Uploads one photo, filed under the canteen's school (or a supplier's region) so readers in scope may see it. */
export async function uploadPhoto(file: File, owner: { organisationId?: string; regionId?: string }): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name || 'photo.jpg');
  const query = owner.organisationId ? { organisationId: owner.organisationId } : owner.regionId ? { regionId: owner.regionId } : undefined;
  return apiFetch<UploadedFile>('/api/files', { method: 'POST', body, query });
}
