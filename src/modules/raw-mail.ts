/**
 * A small reader of the raw messages the in-process SMTP server receives (`dev-smtp-server.ts`): enough MIME to show
 * a mail in the demo and to read links and headers in tests, without a mail-parsing dependency. It handles what
 * nodemailer writes: folded headers, RFC 2047 encoded words, quoted-printable (soft line breaks included) and base64
 * bodies, and multipart/alternative. It is not a general mail parser.
 */

/** A received message, parsed. */
export interface ParsedMail {
  /** Header values by lower-case name, unfolded; a repeated header keeps its first value. */
  headers: Record<string, string>;
  /** The Subject, decoded. */
  subject: string;
  /** The plain-text body, decoded, with \n line ends ('' when there is none). */
  text: string;
  /** The HTML body, decoded, when there is one. */
  html: string | undefined;
}

/** Splits a message (or a MIME part) into its header block and its body. */
function splitHeaderAndBody(raw: string): { head: string; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  if (!match) {
    return { head: raw, body: '' };
  }
  return { head: raw.slice(0, match.index), body: raw.slice(match.index + match[0].length) };
}

/** Header lines, unfolded (RFC 5322 §2.2.3), by lower-case name; the first occurrence wins. */
export function parseHeaders(head: string): Record<string, string> {
  // Without a prototype: a header named `constructor` is a header like any other.
  const headers: Record<string, string> = Object.create(null);
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) {
      continue;
    }
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!(name in headers)) {
      headers[name] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

function decodeBytes(bytes: Buffer, charset: string): string {
  const label = charset.toLowerCase();
  if (label === 'utf-8' || label === 'utf8' || label === 'us-ascii' || label === '') {
    return bytes.toString('utf8');
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** Quoted-printable (RFC 2045 §6.7) to bytes: soft line breaks removed, `=XX` octets decoded. */
export function decodeQuotedPrintable(text: string): Buffer {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) decoded; whitespace between two of them dropped. */
export function decodeEncodedWords(value: string): string {
  const word = /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g;
  return value.replace(/\?=\s+=\?/g, '?==?').replace(word, (_all, charset: string, encoding: string, data: string) => {
    const bytes =
      encoding.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : decodeQuotedPrintable(data.replace(/_/g, ' '));
    return decodeBytes(bytes, charset);
  });
}

/** A parameter of a structured header value, e.g. `boundary` of Content-Type. */
function headerParameter(value: string | undefined, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

function decodeBody(body: string, headers: Record<string, string>): string {
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const charset = headerParameter(headers['content-type'], 'charset') ?? 'utf-8';
  const bytes =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
        : Buffer.from(body, 'utf8');
  return decodeBytes(bytes, charset).replace(/\r\n/g, '\n');
}

/** The text and HTML of a part, looking into multipart parts depth first. */
function readParts(raw: string): { text?: string | undefined; html?: string | undefined } {
  const { head, body } = splitHeaderAndBody(raw);
  const headers = parseHeaders(head);
  const type = (headers['content-type'] ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = headerParameter(headers['content-type'], 'boundary');
    if (!boundary) {
      return {};
    }
    const found: { text?: string | undefined; html?: string | undefined } = {};
    const sections = body.split(`--${boundary}`).slice(1);
    for (const section of sections) {
      if (section.startsWith('--')) {
        break;
      }
      // The line break before a boundary belongs to the boundary (RFC 2046 §5.1.1), not to the part.
      const part = readParts(section.replace(/^\r?\n/, '').replace(/\r?\n$/, ''));
      found.text ??= part.text;
      found.html ??= part.html;
    }
    return found;
  }
  const decoded = decodeBody(body, headers);
  if (type.startsWith('text/html')) {
    return { html: decoded };
  }
  return type.startsWith('text/plain') ? { text: decoded } : {};
}

/** Parses a raw message as received over SMTP. */
export function parseRawMail(raw: string): ParsedMail {
  const { head } = splitHeaderAndBody(raw);
  const headers = parseHeaders(head);
  const parts = readParts(raw);
  return {
    headers,
    subject: decodeEncodedWords(headers.subject ?? ''),
    text: (parts.text ?? '').replace(/\n$/, ''),
    html: parts.html,
  };
}
