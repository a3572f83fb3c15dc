import { fileTypeFromBuffer } from 'file-type';

/**
 * The type of an upload, read from its bytes: the client's claim is never trusted, so a file named
 * cat.png that holds HTML is not served as an image, nor as a page. Markup a browser would run
 * (HTML, SVG, XML) is kept but served only as `application/octet-stream`, always as a download.
 */
export async function sniffContentType(bytes: Buffer, claimed = ''): Promise<string> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return ACTIVE.has(detected.mime) ? NEUTRAL : detected.mime;
  if (!isText(bytes) || looksLikeMarkup(bytes)) return NEUTRAL;
  // Bytes cannot tell CSV from plain text; the client may, as long as it names a passive text type.
  const claim = claimed.split(';')[0].trim().toLowerCase();
  return PASSIVE_TEXT.has(claim) ? claim : 'text/plain';
}

export const NEUTRAL = 'application/octet-stream';

/** What a stored type is served as: rows from before sniffing may carry a client's `text/html`. */
export const servedAs = (mime: string): string => (ACTIVE.has(mime.split(';')[0].trim().toLowerCase()) ? NEUTRAL : mime);

const PASSIVE_TEXT = new Set([
  'text/plain',
  'text/csv',
  'text/tab-separated-values',
  'text/markdown',
  'application/json',
  'text/calendar',
  'text/vcard',
]);
const ACTIVE = new Set([
  'text/html',
  'application/xhtml+xml',
  'image/svg+xml',
  'application/xml',
  'text/xml',
  'application/javascript',
  'text/javascript',
]);

// Valid UTF-8 without control bytes other than whitespace: what a browser would render as text.
function isText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 64 * 1024);
  for (const b of head) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) return false;
  try {
    // `stream`: a character cut at the 64 kB mark is not a reason to call the file binary.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < bytes.length });
    return true;
  } catch {
    return false;
  }
}

// What browsers sniff as HTML or run as SVG/XML, anywhere near the start (after a BOM, comments or blanks).
const MARKUP = /<\s*(!doctype\s+html|html|head|body|script|iframe|svg|\?xml|object|embed|meta|link|style|img|a|div|form|title|base)\b/i;
const looksLikeMarkup = (bytes: Buffer) => MARKUP.test(bytes.subarray(0, 4096).toString('utf8'));
