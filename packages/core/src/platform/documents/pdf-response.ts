import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { attachmentDisposition } from '../files/rules/names.js';

export const PDF_MEDIA_TYPE = 'application/pdf';

/**
 * Sends PDF bytes from a route with `@Res({ passthrough: true })`, under a UTF-8 file name (the
 * `.pdf` is added): `return pdfResponse(reply, bytes, '监督意见书-某监餐意〔2026〕第015号')`.
 * `inline` lets the browser open it for printing; the default downloads it. Documents are made per
 * request and may hold personal data, so they are never cached.
 */
export function pdfResponse(reply: FastifyReply, bytes: Buffer, fileName: string, mode: 'attachment' | 'inline' = 'attachment'): StreamableFile {
  const disposition = attachmentDisposition(`${fileName}.pdf`).replace(/^attachment/, mode);
  void reply
    .header('content-type', PDF_MEDIA_TYPE)
    .header('content-disposition', disposition)
    .header('content-length', String(bytes.length))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff');
  return new StreamableFile(bytes, { type: PDF_MEDIA_TYPE, disposition, length: bytes.length });
}
