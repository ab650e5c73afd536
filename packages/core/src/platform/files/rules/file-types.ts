/**
 * The kinds of file people attach (photos, scans, office documents, spreadsheets, archives), by
 * extension, with the media type they are stored and served as and the signature their bytes
 * must carry. Anything else (HTML, SVG, scripts, executables) is refused: an upload is served
 * back to other users, so it must never be something a browser would run.
 */
export type Signature = 'jpeg' | 'png' | 'webp' | 'heic' | 'pdf' | 'ole' | 'zip' | 'text';

export interface FileType {
  extension: string;
  mediaType: string;
  signature: Signature;
}

const OLE = 'ole' as const;
const ZIP = 'zip' as const;

export const ALLOWED_FILE_TYPES: readonly FileType[] = [
  { extension: 'jpg', mediaType: 'image/jpeg', signature: 'jpeg' },
  { extension: 'jpeg', mediaType: 'image/jpeg', signature: 'jpeg' },
  { extension: 'png', mediaType: 'image/png', signature: 'png' },
  { extension: 'webp', mediaType: 'image/webp', signature: 'webp' },
  { extension: 'heic', mediaType: 'image/heic', signature: 'heic' },
  { extension: 'pdf', mediaType: 'application/pdf', signature: 'pdf' },
  { extension: 'doc', mediaType: 'application/msword', signature: OLE },
  { extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', signature: ZIP },
  { extension: 'xls', mediaType: 'application/vnd.ms-excel', signature: OLE },
  { extension: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', signature: ZIP },
  { extension: 'ppt', mediaType: 'application/vnd.ms-powerpoint', signature: OLE },
  { extension: 'pptx', mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', signature: ZIP },
  { extension: 'csv', mediaType: 'text/csv', signature: 'text' },
  { extension: 'txt', mediaType: 'text/plain', signature: 'text' },
  { extension: 'zip', mediaType: 'application/zip', signature: ZIP },
];

/** The extensions, for messages: `jpg, jpeg, png, …`. */
export const ALLOWED_EXTENSIONS: readonly string[] = ALLOWED_FILE_TYPES.map((t) => t.extension);

/** How many leading bytes `matchesSignature` looks at. */
export const SIGNATURE_BYTES = 4096;

/** The lower-case extension of a file name ('' when it has none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The allowed type of a file name, by its extension; null when not allowed. */
export function fileTypeByName(fileName: string): FileType | null {
  const ext = extensionOf(fileName);
  return ALLOWED_FILE_TYPES.find((t) => t.extension === ext) ?? null;
}

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

function startsWith(head: Buffer, bytes: number[] | string, offset = 0): boolean {
  const expected = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return head.length >= offset + expected.length && head.subarray(offset, offset + expected.length).equals(expected);
}

/**
 * Whether the file's first bytes (up to SIGNATURE_BYTES; fewer when the file is shorter) are what
 * the type says. Text has no signature: it must hold no NUL byte (UTF-16 with a byte-order mark
 * aside), which turns away executables and other binaries renamed to .txt or .csv.
 */
export function matchesSignature(type: FileType, head: Buffer): boolean {
  switch (type.signature) {
    case 'jpeg':
      return startsWith(head, [0xff, 0xd8, 0xff]);
    case 'png':
      return startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'webp':
      return startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8);
    case 'heic':
      return startsWith(head, 'ftyp', 4) && HEIF_BRANDS.has(head.subarray(8, 12).toString('latin1'));
    case 'pdf':
      return startsWith(head, '%PDF-');
    case 'ole':
      return startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    case 'zip':
      return startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || (type.extension === 'zip' && startsWith(head, [0x50, 0x4b, 0x05, 0x06]));
    case 'text':
      if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return true;
      return !head.subarray(0, SIGNATURE_BYTES).includes(0);
  }
}
