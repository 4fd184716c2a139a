import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.js';

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/**
 * Every environment variable Dijk reads, in one schema. Parsed once at start ({@link loadConfig}), frozen, and
 * passed into factories; nothing else reads `process.env`.
 */
export const ConfigSchema = z.object({
  PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65_535)
    .default(4000)
    .describe('TCP port of the HTTP server. 0 picks a free port.'),
  HOST: z
    .string()
    .min(1)
    .default('127.0.0.1')
    .describe('Interface to listen on. The default keeps a fresh install private to this machine.'),
  DIJK_DATA_DIR: z
    .string()
    .min(1)
    .default('./.dijk')
    .describe('Folder of the embedded store (PGlite) and its lock file. Ignored when DATABASE_URL is set.'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), { message: 'must start with postgres:// or postgresql://' })
    .optional()
    .describe(
      'PostgreSQL connection string (`postgres://user:pass@host:5432/db`). When set, PostgreSQL replaces PGlite.',
    ),
  DATABASE_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(10)
    .describe('Size of the PostgreSQL connection pool.'),
  DIJK_BASE_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe(
      'The public URL of this server, used in links it sends (login links, mails). Defaults to http://HOST:PORT.',
    ),
  LOG_LEVEL: LogLevel.default('info').describe('pino log level.'),
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(1024 * 1024)
    .describe('Largest accepted request body in bytes.'),
  SHUTDOWN_GRACE_SECONDS: z.coerce
    .number()
    .min(0)
    .max(600)
    .default(10)
    .describe('Seconds that in-flight requests get to finish on SIGTERM/SIGINT before the process exits anyway.'),
  PUBLIC_RATE_LIMIT: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(300)
    .describe('Requests per minute one client address may make to each public endpoint (health checks excepted).'),
  CONSENT_RATE_LIMIT: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000_000)
    .default(600)
    .describe(
      'Requests per minute one client address may make to each public consent endpoint (banner configuration, ' +
        'choices, state). Higher than PUBLIC_RATE_LIMIT because many visitors can share one address.',
    ),
  CONSENT_SITE_RATE_LIMIT: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000_000)
    .default(120_000)
    .describe('Consent choices per minute one site key may record, so one busy or abused site cannot starve others.'),
  SMTP_URL: z
    .string()
    // The value may hold a password: no message here may quote it.
    .refine(isSmtpUrl, { message: 'must be smtp://[user:password@]host[:port] or smtps://…' })
    .optional()
    .describe(
      'Mail server for outgoing mail (password resets, lock notices, consent mails), e.g. `smtps://user:password@mail.example.org:465`; smtp:// uses STARTTLS when offered. Never logged. Unset: mails wait in the outbox.',
    ),
  MAIL_FROM: z
    .string()
    .trim()
    .max(254)
    .refine((v) => /^(?:[^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(v), {
      message: 'must be an address, optionally with a name: `Name <address@example.org>`',
    })
    .default('Dijk <no-reply@localhost>')
    .describe('The From of every mail Dijk sends. Use an address of your own domain, so mail is not taken for spam.'),
  MAIL_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(90)
    .describe(
      'Days a mail stays in the outbox and the mail log (recipient, subject, body) once sent or given up; an hourly sweep deletes older ones. Mails still being delivered are kept.',
    ),
  DIJK_SECRET_KEY: z
    .string()
    .trim()
    .refine((v) => decodeSecretKey(v) !== undefined, {
      message: 'must be 32 random bytes, as 64 hex digits or base64 (e.g. `openssl rand -hex 32`)',
    })
    .optional()
    .describe(
      'A key kept outside the database (32 random bytes, hex or base64) that seals the TOTP secrets, so a copy of the whole database or a backup does not hold usable second factors. Set it once and keep it: without it the server does not start once secrets are sealed with it.',
    ),
  IMPORT_TIMEOUT_SECONDS: z.coerce
    .number()
    .min(1)
    .max(600)
    .default(30)
    .describe(
      'Longest an upload to POST /api/import may take to read. The import runs in a worker thread that is stopped past it (the answer is 422), so no document can hold up the server.',
    ),
});

/** The 32 bytes of a DIJK_SECRET_KEY given as hex or base64(url); undefined when it is neither or not 32 bytes. */
function decodeSecretKey(value: string): Buffer | undefined {
  const bytes = /^[0-9a-f]{64}$/i.test(value)
    ? Buffer.from(value, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(value)
      ? Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
      : undefined;
  return bytes?.length === 32 ? bytes : undefined;
}

/** True for an smtp:// or smtps:// URL with a host (credentials optional). */
function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export type ConfigInput = z.input<typeof ConfigSchema>;

/** The parsed configuration, with derived values resolved. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the embedded data folder. */
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly databasePoolSize: number;
  readonly baseUrl: string | undefined;
  readonly logLevel: z.infer<typeof LogLevel>;
  readonly bodyLimit: number;
  readonly shutdownGraceMs: number;
  /** Requests per minute per client address on each public route. */
  readonly publicRateLimit: number;
  /** Requests per minute per client address on each public consent route. */
  readonly consentRateLimit: number;
  /** Consent choices per minute per site key. */
  readonly consentSiteRateLimit: number;
  /** The outgoing mail server, credentials included: pass it to the transport only, never log it. */
  readonly smtpUrl: string | undefined;
  /** The From of every mail. */
  readonly mailFrom: string;
  /** Days a sent or given-up mail is kept in the outbox. */
  readonly mailRetentionDays: number;
  /** IMPORT_TIMEOUT_SECONDS in milliseconds. */
  readonly importTimeoutMs: number;
  /** DIJK_SECRET_KEY's 32 bytes; never logged. */
  readonly secretKey: Buffer | undefined;
}

/**
 * Parses and freezes the configuration. A bad value throws `AppError('config_invalid')` naming the variable;
 * the CLI prints it and exits with code 2.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  // Empty strings count as unset: `PORT= dijk serve` should not mean port 0.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'configuration');
      return `${name}: ${issue.message}`;
    });
    throw new AppError('config_invalid', {
      message: `Invalid configuration: ${lines.join('; ')}`,
      details: parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? ''), message: i.message })),
    });
  }
  const v = parsed.data;
  return Object.freeze({
    port: v.PORT,
    host: v.HOST,
    dataDir: isAbsolute(v.DIJK_DATA_DIR) ? v.DIJK_DATA_DIR : resolve(cwd, v.DIJK_DATA_DIR),
    databaseUrl: v.DATABASE_URL,
    databasePoolSize: v.DATABASE_POOL_SIZE,
    baseUrl: v.DIJK_BASE_URL?.replace(/\/+$/, ''),
    logLevel: v.LOG_LEVEL,
    bodyLimit: v.BODY_LIMIT,
    shutdownGraceMs: Math.round(v.SHUTDOWN_GRACE_SECONDS * 1000),
    publicRateLimit: v.PUBLIC_RATE_LIMIT,
    consentRateLimit: v.CONSENT_RATE_LIMIT,
    consentSiteRateLimit: v.CONSENT_SITE_RATE_LIMIT,
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM,
    mailRetentionDays: v.MAIL_RETENTION_DAYS,
    importTimeoutMs: Math.round(v.IMPORT_TIMEOUT_SECONDS * 1000),
    secretKey: v.DIJK_SECRET_KEY === undefined ? undefined : decodeSecretKey(v.DIJK_SECRET_KEY),
  });
}

/** Describes every variable for `dijk help config` and the docs. */
export function describeConfig(): { name: string; description: string; default: string | undefined }[] {
  const defaults = ConfigSchema.parse({});
  return Object.entries(ConfigSchema.shape).map(([name, schema]) => ({
    name,
    description: schema.description ?? '',
    default: name in defaults ? String((defaults as Record<string, unknown>)[name]) : undefined,
  }));
}
