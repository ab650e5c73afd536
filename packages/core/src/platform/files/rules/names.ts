/** File names and sizes as users see them, and the headers that carry a name to a download. */

const MAX_NAME_LENGTH = 200;

/**
 * The name to keep for an upload: the last path segment (browsers on Windows may send
 * `C:\fakepath\…`), without control characters, trimmed, at most 200 characters (the extension
 * kept). '' stays '' (the caller refuses it).
 */
export function cleanFileName(raw: string): string {
  // eslint-disable-next-line no-control-regex
  let name = (raw.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const chars = [...name];
  if (chars.length > MAX_NAME_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? [...name.slice(dot)].slice(0, 16).join('') : '';
    name = chars.slice(0, MAX_NAME_LENGTH - [...ext].length).join('') + ext;
  }
  return name;
}

/** An ASCII stand-in for a name: other characters become `_`; a name left with no letters becomes `download.<ext>`. */
export function asciiFallbackName(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]+/g, '_').replace(/["\\]/g, '_');
  const dot = ascii.lastIndexOf('.');
  const stem = dot > 0 ? ascii.slice(0, dot) : ascii;
  const ext = dot > 0 ? ascii.slice(dot) : '';
  return /[A-Za-z0-9]/.test(stem) ? ascii : `download${ext}`;
}

/** RFC 8187 value characters: everything but attr-char is percent-encoded as UTF-8. */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment; filename="<ascii>"; filename*=UTF-8''<encoded>`: browsers that read RFC 6266 use the
 * UTF-8 name (Chinese names survive), older ones the ASCII one. Always an attachment, never inline.
 */
export function attachmentDisposition(name: string): string {
  return `attachment; filename="${asciiFallbackName(name)}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}

/** A byte count for messages: `20 MB`, `1.5 MB`, `512 KB`, `100 B` (binary units). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${shown} ${units[unit]}`;
}
