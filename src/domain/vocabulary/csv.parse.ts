/**
 * A small RFC 4180 CSV reader: quoted fields may hold commas, line breaks and doubled quotes (`""`). The DPV
 * term lists use exactly that (definitions quote other terms), so a naive `split(',')` would corrupt them.
 */

/** Parses CSV text into rows of fields. Accepts `\n` and `\r\n` line ends; a trailing line end adds no row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = 0;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (i < input.length) {
    const ch = input[i] as string;
    if (inQuotes) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field.length === 0) {
      inQuotes = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && input[i + 1] === '\n') {
        i += 1;
      }
    } else {
      field += ch;
    }
    i += 1;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Parses CSV with a header line into objects keyed by the header names. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) {
    return [];
  }
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
}

/** Quotes one CSV field when it holds a comma, quote, line break or leading/trailing space (RFC 4180). */
export function quoteCsvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Serialises rows to CSV with `\r\n` line ends, as RFC 4180 and spreadsheet programs expect. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((cells) => cells.map(quoteCsvField).join(',')).join('\r\n')}\r\n`;
}
