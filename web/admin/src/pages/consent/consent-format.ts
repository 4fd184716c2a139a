/** A day (`2026-11-21`, from a date input) as the ISO instant of its start or end in the browser's time zone. */
export function dayBoundary(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return undefined;
  }
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00.000'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The allowed origins typed one per line: trimmed, without blank lines and repeats, and those that are not one. */
export function parseOrigins(text: string): { origins: string[]; invalid: string[] } {
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const value = line.trim();
    if (value === '') {
      continue;
    }
    const origin = originOf(value);
    if (origin === undefined) {
      invalid.push(value);
    } else if (!origins.includes(origin)) {
      origins.push(origin);
    }
  }
  return { origins, invalid };
}

/** `https://www.example.org` (a trailing slash allowed); undefined for a path, a query or another scheme. */
function originOf(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const isWeb = url.protocol === 'https:' || url.protocol === 'http:';
  if (!isWeb || url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '') {
    return undefined;
  }
  return url.origin;
}

/** The tag a website puts in its pages to run the banner. */
export function embedSnippet(base: string, siteKey: string): string {
  return `<script src="${base}/banner.js" data-site="${siteKey}" async></script>`;
}

/** A share (0–1) as a whole percentage, localised (`67 %`, `67%`). */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
