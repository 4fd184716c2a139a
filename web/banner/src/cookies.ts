/** Whether a cookie name matches a register cookie name, which may hold `*` wildcards (`_ga_*`). */
export function matchesCookieName(pattern: string, name: string): boolean {
  const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${source}$`).test(name);
}

/**
 * The host and every parent domain a cookie may have been set for (`a.b.example.be` → itself, `b.example.be`,
 * `example.be`, `be`); an IP address has none. The browser refuses the public suffixes, which does no harm.
 */
export function cookieDomains(host: string): string[] {
  if (/^[\d.]+$/.test(host) || host.includes(':')) {
    return [host];
  }
  const labels = host.split('.');
  return labels.map((_, i) => labels.slice(i).join('.'));
}

/** `/`, and every prefix of the current path, with and without a trailing slash (cookie paths match exactly). */
export function cookiePaths(pathname: string): string[] {
  const paths = ['/'];
  let prefix = '';
  for (const segment of pathname.split('/').slice(1)) {
    if (segment) {
      prefix += `/${segment}`;
      paths.push(prefix, `${prefix}/`);
    }
  }
  return paths;
}

/**
 * The `document.cookie` assignments that expire each cookie named in `cookieHeader` and matched by a pattern, for
 * every path and domain variant: a cookie is only removed by the same name, path and domain it was set with
 * (RFC 6265 §5.3), and the banner cannot read those, so it tries them all.
 */
export function cookieDeletions(cookieHeader: string, patterns: string[], host: string, pathname: string): string[] {
  const names = cookieHeader
    .split(';')
    .map((part) => (part.split('=')[0] as string).trim())
    .filter((name) => name && patterns.some((pattern) => matchesCookieName(pattern, name)));
  const out: string[] = [];
  for (const name of new Set(names)) {
    for (const path of cookiePaths(pathname)) {
      const base = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}`;
      out.push(base, ...cookieDomains(host).map((domain) => `${base}; domain=${domain}`));
    }
  }
  return out;
}
