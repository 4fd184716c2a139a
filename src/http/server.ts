import type { Config } from '../config.js';
import { createMailNotifier } from '../domain/mail/mail.js';
import { AppError } from '../errors.js';
import { scheduleAccountHousekeeping } from '../jobs/account-housekeeping.job.js';
import { scheduleAuditAnchors } from '../jobs/audit-anchor.job.js';
import { scheduleConsentExpiry } from '../jobs/consent-expiry.job.js';
import { type MailOutboxJob, startMailOutboxJob } from '../jobs/mail-outbox.job.js';
import { scheduleMailRetention } from '../jobs/mail-retention.job.js';
import type { Logger } from '../logger.js';
import { createSmtpTransport } from '../modules/smtp-transport.js';
import { openDatabase, type Store } from '../store/db.js';
import { mailOutboxStore } from '../store/mail-outbox.store.js';
import { migrateToLatest } from '../store/migrator.js';
import { totpSecrets } from '../store/totp-secret.store.js';
import { type App, buildApp } from './app.js';

export interface RunningServer {
  readonly app: App;
  readonly store: Store;
  /** The URL the server listens on (with the real port when PORT=0). */
  readonly url: string;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), then closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the store, applies pending migrations, and listens. Every failure a user can fix (database unreachable,
 * data folder in use or damaged, port taken) is an AppError with one clear sentence.
 */
export async function startServer(
  config: Config,
  logger: Logger,
  options: {
    adminDistDir?: string;
    /** Runs after migrations, before the app is built (the demo loads its data here). */
    onStoreOpen?: (store: Store) => Promise<void>;
    /** Extra routes of an embedder, registered before the server listens. */
    plugins?: readonly ((app: App) => Promise<void>)[];
  } = {},
): Promise<RunningServer> {
  const store = await openDatabase(config);
  let app: App | undefined;
  let stopJobs: () => void = () => {};
  let mailJob: MailOutboxJob | undefined;
  // Services of this app wake the outbox job right after they enqueue a mail (no waiting for the next poll).
  const mailNotifier = createMailNotifier();
  try {
    if (store.recoveredFromCrash) {
      logger.warn('the previous Dijk process did not shut down cleanly; its stale lock was taken over');
    }
    await migrateToLatest(store.db, undefined, (name) => logger.info({ migration: name }, 'migration applied'));
    // The TOTP secrets must open with the key given (or its absence) before anyone tries to log in.
    const secrets = totpSecrets(store.db, { secretKey: config.secretKey });
    await secrets.verifyKey();
    const resealed = await secrets.resealAll();
    if (resealed > 0) {
      logger.info(
        { secrets: resealed, key: config.secretKey ? 'DIJK_SECRET_KEY' : 'install key' },
        'TOTP secrets sealed again with the current key',
      );
    }
    await options.onStoreOpen?.(store);
    app = await buildApp({
      config,
      store,
      logger,
      mail: mailNotifier,
      ...(options.adminDistDir ? { adminDistDir: options.adminDistDir } : {}),
    });
    for (const plugin of options.plugins ?? []) {
      await plugin(app);
    }
    await app.listen({ port: config.port, host: config.host });
    const stopAnchors = scheduleAuditAnchors({ store, now: () => new Date(), logger });
    const stopExpiry = scheduleConsentExpiry({ store, now: () => new Date(), logger });
    const stopHousekeeping = scheduleAccountHousekeeping({ store, now: () => new Date(), logger });
    const stopMailRetention = scheduleMailRetention({
      store,
      now: () => new Date(),
      retentionDays: config.mailRetentionDays,
      logger,
    });
    stopJobs = () => {
      stopAnchors();
      stopExpiry();
      stopHousekeeping();
      stopMailRetention();
    };
    mailJob = startMailOutboxJob({
      outbox: mailOutboxStore(store.db),
      transport: config.smtpUrl ? createSmtpTransport({ url: config.smtpUrl, from: config.mailFrom }) : undefined,
      notifier: mailNotifier,
      logger,
      now: () => new Date(),
    });
  } catch (error) {
    await app?.close().catch(() => {});
    await store.close().catch(() => {});
    throw translateListenError(error, config);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  let closing: Promise<void> | undefined;
  const running = app;
  const stopMail = mailJob?.stop ?? (async () => {});
  return {
    app: running,
    store,
    url,
    close: () => {
      stopJobs();
      closing ??= closeGracefully(running, store, config.shutdownGraceMs, logger, stopMail);
      return closing;
    },
  };
}

/**
 * Stops accepting, then lets in-flight requests and the mail being sent finish (up to the grace period) before the
 * database closes. A mail cut off by the grace period is sent again after its claim lease.
 */
async function closeGracefully(
  app: App,
  store: Store,
  graceMs: number,
  logger: Logger,
  stopMail: () => Promise<void>,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), graceMs);
    timer.unref();
  });
  const finished = Promise.all([app.close(), stopMail().catch(() => {})]).then(() => 'closed' as const);
  const outcome = await Promise.race([finished, timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    logger.warn({ graceMs }, 'in-flight requests did not finish within the grace period; closing anyway');
    app.server.closeAllConnections();
  }
  await store.close();
}

function translateListenError(error: unknown, config: Config): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return new AppError('unavailable', {
      message: `Port ${config.port} on ${config.host} is already in use. Stop the other program or set PORT to a free port.`,
    });
  }
  if (code === 'EACCES') {
    return new AppError('unavailable', {
      message: `Not allowed to listen on port ${config.port} on ${config.host}. Use a port above 1023.`,
    });
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new AppError('unavailable', { message: `HOST ${config.host} is not an address of this machine.` });
  }
  return error;
}
