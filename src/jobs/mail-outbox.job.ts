import type { DueMail, MailNotifier, MailTransport } from '../domain/mail/mail.js';
import type { Logger } from '../logger.js';
import { describeSendError } from '../modules/smtp-transport.js';
import type { MailOutboxStore } from '../store/mail-outbox.store.js';

/** How often the outbox is looked at without a wake-up: retries fall due, other instances enqueue. */
export const MAIL_POLL_MS = 3_000;

/** Mails claimed at once; a full batch is followed at once by the next one. */
const BATCH_SIZE = 10;

/** The running outbox job. */
export interface MailOutboxJob {
  /** Delivers what is due now (the poll and the notifier call it); a call during a round runs another after it. */
  wake(): void;
  /** Stops polling and listening, and waits for the round in progress to end. */
  stop(): Promise<void>;
}

/**
 * Delivers the mail outbox (docs/mail.md): every few seconds, and right after a service of this process enqueued a
 * mail (the notifier), it claims due mails and sends each through the transport, marking it sent or failed (with the
 * backoff of `nextMailAttempt`). It logs the mail id, kind and attempt only: never a recipient, subject or body.
 * Without a transport (no SMTP_URL) it sends nothing and says so once; mails wait in the outbox.
 */
export function startMailOutboxJob(deps: {
  outbox: Pick<MailOutboxStore, 'claimDueMail' | 'markMailSent' | 'markMailFailed' | 'countPendingMail'>;
  transport: MailTransport | undefined;
  notifier: MailNotifier;
  logger: Logger;
  now: () => Date;
  pollMs?: number;
}): MailOutboxJob {
  const { outbox, logger, now } = deps;
  if (!deps.transport) {
    logger.warn('SMTP_URL is not set: mails stay in the outbox until it is (docs/mail.md)');
    return { wake: () => {}, stop: async () => {} };
  }
  const transport: MailTransport = deps.transport;
  const log = logger.child({ job: 'mail-outbox' });
  let isStopped = false;
  let round: Promise<void> | undefined;
  let isWokenDuringRound = false;

  async function deliver(mail: DueMail): Promise<void> {
    const fields = { mailId: mail.id, kind: mail.kind, attempt: mail.attempt };
    let messageId: string | null;
    try {
      ({ messageId } = await transport.send(mail));
    } catch (error) {
      const { code, responseCode, text } = describeSendError(error);
      const { status } = await outbox.markMailFailed(mail.id, text, now());
      log.warn(
        { ...fields, code, responseCode, status },
        status === 'failed' ? 'mail given up after its last attempt' : 'mail delivery failed; will retry',
      );
      return;
    }
    await outbox.markMailSent(mail.id, messageId, now());
    log.info(fields, 'mail sent');
  }

  async function deliverDue(): Promise<void> {
    for (;;) {
      const due = await outbox.claimDueMail(now(), BATCH_SIZE);
      for (const mail of due) {
        await deliver(mail);
      }
      if (due.length < BATCH_SIZE || isStopped) {
        return;
      }
    }
  }

  function wake(): void {
    if (isStopped) {
      return;
    }
    if (round) {
      isWokenDuringRound = true;
      return;
    }
    round = deliverDue()
      .catch(() => log.warn('reading or updating the mail outbox failed; will try again'))
      .finally(() => {
        round = undefined;
        if (isWokenDuringRound) {
          isWokenDuringRound = false;
          wake();
        }
      });
  }

  const unsubscribe = deps.notifier.subscribe(wake);
  const timer = setInterval(wake, deps.pollMs ?? MAIL_POLL_MS);
  timer.unref();
  wake();
  void outbox.countPendingMail().then(
    (pending) => log.info({ pending }, 'mail outbox started'),
    () => {},
  );

  return {
    wake,
    async stop() {
      isStopped = true;
      clearInterval(timer);
      unsubscribe();
      while (round) {
        await round;
      }
      await transport.close();
    },
  };
}
