// Sends what turns committed to the outbox. It is woken after each turn and also polls,
// so messages written by another process, or left behind by a crash, still go out. One
// tenant's texts go in order; different tenants' go side by side.
import type { Logger } from '../log/logger.js';
import { maskPhone } from '../log/logger.js';
import type { OutboundMessage, SendOutcome, Store } from '../store/store.js';
import { SendError, TWILIO_OPTED_OUT, type SmsSender } from '../sms/sms-sender.js';
import type { ChannelSender } from '../channels/channel.js';
import { StoreError } from '../store/db.js';
import { planDivert } from '../outbound/divert.js';

export interface DispatcherOptions {
  store: Store;
  /** The SMS sender. */
  sender: SmsSender;
  /** Senders for the other channels, by channel name. */
  senders?: Record<string, ChannelSender>;
  log: Logger;
  now?: () => Date;
  /** How often to look for due messages when nothing wakes it. */
  pollMs?: number;
  batch?: number;
  /** A message still 'sending' after this long belongs to a process that died: send it again. */
  stuckAfterMs?: number;
  maxAttempts?: number;
  /** Rounds that may run at once when there is a backlog. */
  workers?: number;
  /**
   * How long a wake-up waits before its round claims, so that turns finishing together
   * share one claim and one write of outcomes (0: claim at once).
   */
  gatherMs?: number;
}

export class OutboxDispatcher {
  private readonly store: Store;
  private readonly senders: Map<string, ChannelSender>;
  private readonly log: Logger;
  private readonly now: () => Date;
  private readonly pollMs: number;
  private readonly batch: number;
  private readonly stuckAfterMs: number;
  private readonly maxAttempts: number;
  private readonly workers: number;
  private readonly gatherMs: number;
  private gathering: NodeJS.Timeout | null = null;
  private timer: NodeJS.Timeout | null = null;
  private active = 0;
  private idle: Promise<void> | null = null;
  private resolveIdle: () => void = () => {};
  private again = false;
  private stopped = false;
  private lastRecovery = 0;
  /** Outcomes of sends the store could not take (it was down): recorded before anything else is claimed. */
  private unrecorded: { id: number; outcome: SendOutcome }[] = [];

  constructor(options: DispatcherOptions) {
    this.store = options.store;
    this.senders = new Map<string, ChannelSender>([['sms', options.sender], ...Object.entries(options.senders ?? {})]);
    this.log = options.log;
    this.now = options.now ?? (() => new Date());
    this.pollMs = options.pollMs ?? 1000;
    this.batch = options.batch ?? 50;
    this.stuckAfterMs = options.stuckAfterMs ?? 120_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.workers = options.workers ?? 4;
    this.gatherMs = options.gatherMs ?? 0;
  }

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.timer.unref();
    this.kick();
  }

  /**
   * Sends what is due now; resolves once nothing is left to claim. One round runs at a
   * time while rounds come back part-full; a full round means a backlog, and another
   * round starts beside it (up to `workers`), so under load the dispatcher is not one
   * query at a time behind every queued turn, and when quiet it does not claim in vain.
   * A wake-up while none runs waits `gatherMs` first, so a busy server's turns share rounds.
   */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.again = true;
    if (!this.idle) this.idle = new Promise<void>((resolve) => (this.resolveIdle = resolve));
    const idle = this.idle;
    if (this.active > 0 || this.gathering) return idle;
    if (this.gatherMs === 0) this.spawn();
    else
      this.gathering = setTimeout(() => {
        this.gathering = null;
        if (this.active === 0) this.spawn();
      }, this.gatherMs);
    return idle;
  }

  private spawn(): void {
    this.active += 1;
    void this.work().finally(() => {
      this.active -= 1;
      // A kick that came after the last round found nothing, but before this ran, saw a
      // round still active and did not start one: start it now, not at the next poll.
      if (this.active === 0 && this.again && !this.stopped) {
        this.spawn();
        return;
      }
      if (this.active === 0) {
        this.idle = null;
        this.resolveIdle();
      }
    });
  }

  private async work(): Promise<void> {
    try {
      if (this.unrecorded.length > 0) {
        // Taken by this round alone; put back if the store still cannot take them.
        const pending = this.unrecorded;
        this.unrecorded = [];
        try {
          await this.store.finishOutbound(pending);
        } catch (error) {
          this.unrecorded.unshift(...pending);
          throw error;
        }
        this.log.info({ messages: pending.length }, 'outcomes of sends made while the store was down are recorded');
      }
      await this.recoverStuck();
      for (;;) {
        this.again = false;
        const claimed = await this.round();
        if (this.stopped) return;
        if (claimed >= this.batch && this.active < this.workers) this.spawn();
        // A part-full round took everything due when it claimed; what turns committed since
        // woke it again. So it stops here unless woken, rather than claim once more in vain
        // (other processes' texts and ones due later are found by the poll).
        if (claimed < this.batch && !this.again) return;
      }
    } catch (error) {
      if (error instanceof StoreError && error.code === 'STORE_UNAVAILABLE')
        this.log.warn({ err: error }, 'outbox round stopped: the store is not available; will retry');
      else this.log.error({ err: error }, 'outbox round failed; will retry');
    }
  }

  /** Finishes the rounds in progress and stops polling. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.idle;
    this.stopped = true;
  }

  private async recoverStuck(): Promise<void> {
    const now = this.now();
    if (now.getTime() - this.lastRecovery < Math.min(this.stuckAfterMs / 4, 30_000)) return;
    this.lastRecovery = now.getTime();
    const n = await this.store.requeueStuck(new Date(now.getTime() - this.stuckAfterMs), now);
    if (n > 0) this.log.warn({ messages: n }, 'outbound messages left sending by a stopped process are queued again');
  }

  /**
   * One round: claim what is due, send it (one tenant's texts in order, tenants side by
   * side), then record every outcome in one write. Few writes per round keep the
   * dispatcher from queueing behind turns when the store is busy; the price is that a
   * crash mid-round re-sends that round's texts (see README, Delivery). Returns how many
   * tenants it sent to (a claim takes at most `batch` of them).
   */
  private async round(): Promise<number> {
    const claimed = await this.store.claimOutbound(this.now(), this.batch);
    const byRecipient = new Map<string, OutboundMessage[]>();
    for (const m of claimed) byRecipient.set(m.recipient, [...(byRecipient.get(m.recipient) ?? []), m]);
    const results: { id: number; outcome: SendOutcome }[] = [];
    await Promise.all(
      [...byRecipient.values()].map(async (messages) => {
        for (const m of messages) results.push({ id: m.id, outcome: await this.sendOne(m) });
      }),
    );
    try {
      await this.store.finishOutbound(results);
    } catch (error) {
      // The texts went; only the record of it failed. Keep the outcomes and record them
      // when the store answers again, rather than leave the texts 'sending' until they
      // are reclaimed as in doubt.
      this.unrecorded.push(...results);
      throw error;
    }
    return byRecipient.size;
  }

  private async sendOne(m: OutboundMessage): Promise<SendOutcome> {
    const log = this.log.child({ outboundId: m.id, conversationId: m.conversationId, to: maskPhone(m.recipient), channel: m.channel });
    const sender = this.senders.get(m.channel);
    if (!sender) {
      log.error('no sender for this channel in this process; the message is kept as failed');
      return { status: 'failed', at: this.now(), errorCode: 'no-channel' };
    }
    try {
      const message = {
        id: m.id,
        to: m.recipient,
        body: m.body,
        segments: m.segments,
        encoding: m.encoding,
        choices: m.choices,
        origin: m.origin,
        lastInboundAt: m.lastInboundAt,
      };
      // A process died mid-send: ask the provider first, so the tenant does not get it twice.
      const before = m.inDoubt ? await sender.findSent(message, m.claimedAt ?? m.sendAfter) : null;
      if (before) {
        log.warn({ via: sender.kind }, 'message found already sent by an attempt that crashed; not sent again');
        return { status: 'sent', at: this.now(), providerId: before.providerId, sender: before.sender };
      }
      const sent = await sender.send(message, this.now());
      log.info({ segments: m.segments, encoding: m.encoding, via: sender.kind }, 'message sent');
      return { status: 'sent', at: this.now(), providerId: sent.providerId, sender: sent.sender };
    } catch (error) {
      const e = error instanceof SendError ? error : new SendError('unexpected', false, String(error), { cause: error });
      const at = this.now();
      if (e.code === TWILIO_OPTED_OUT) {
        await this.store.setOptOut({ channel: m.channel, address: m.recipient }, true, 'twilio-21610', at);
        log.warn('number has opted out at Twilio (21610); no more texts until START');
      }
      if (e.divert) {
        // Written at once, with the message marked failed, so a crash before the round is recorded cannot send it twice.
        const plan = await this.store.divertOutbound(m.id, e.code, at, (message, facts) => planDivert(message, facts, e.message));
        log.warn(
          { code: e.code, to: plan?.copy ? maskPhone(plan.copy.recipient) : null, alerted: Boolean(plan?.alert) },
          plan?.copy ? 'message cannot go on this channel now; sent by SMS instead' : 'message cannot go on this channel now; staff alerted',
        );
        return { status: 'failed', at, errorCode: e.code };
      }
      if (e.permanent || m.attempts >= this.maxAttempts) {
        log.error({ code: e.code, attempts: m.attempts }, 'message failed');
        return { status: 'failed', at, errorCode: e.code };
      }
      // 30 s, 2 min, 8 min, 32 min between tries.
      const retryAt = new Date(at.getTime() + 30_000 * 4 ** (m.attempts - 1));
      log.warn({ code: e.code, attempts: m.attempts, retryAt }, 'message not sent; will retry');
      return { status: 'pending', at, errorCode: e.code, retryAt };
    }
  }
}
