// The durable scheduler: jobs live in the store (scheduled_jobs), not in timers, so a
// restart or a crash loses none. Every process polls; a claim takes due jobs with FOR
// UPDATE SKIP LOCKED and does their work in the same transaction, so processes share the
// work and a job's texts reach the outbox exactly once. A crash mid-claim rolls back and
// another process (or the restart) takes the jobs again.
import type { Logger } from '../log/logger.js';
import type { Store } from '../store/store.js';
import { StoreError } from '../store/db.js';
import { runJob } from './run-job.js';

export interface SchedulerOptions {
  store: Store;
  log: Logger;
  now?: () => Date;
  pollMs?: number;
  batch?: number;
  delayNotice?: boolean;
  /** Called after a round queued texts, so the outbox sends them now rather than at its next poll. */
  onQueued?: () => void;
}

export class Scheduler {
  private readonly store: Store;
  private readonly log: Logger;
  private readonly now: () => Date;
  private readonly pollMs: number;
  private readonly batch: number;
  private readonly delayNotice: boolean;
  private readonly onQueued: () => void;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;

  constructor(options: SchedulerOptions) {
    this.store = options.store;
    this.log = options.log;
    this.now = options.now ?? (() => new Date());
    this.pollMs = options.pollMs ?? 1000;
    this.batch = options.batch ?? 100;
    this.delayNotice = options.delayNotice ?? false;
    this.onQueued = options.onQueued ?? (() => {});
  }

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => void this.tick(), this.pollMs);
    this.timer.unref();
    void this.tick();
  }

  /**
   * Runs everything due now; resolves with how many jobs ran. One round at a time per
   * process: a tick during a round makes it look once more, so work scheduled meanwhile
   * is not left for the next poll.
   */
  tick(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    this.again = true;
    this.running ??= this.drain().finally(() => (this.running = null));
    return this.running;
  }

  private async drain(): Promise<number> {
    let total = 0;
    try {
      for (;;) {
        this.again = false;
        const n = await this.store.runDueJobs(this.now(), this.batch, (job, facts) => runJob(job, facts, { delayNotice: this.delayNotice }));
        total += n;
        if (n > 0) this.onQueued();
        if (this.stopped || (n < this.batch && !this.again)) break;
      }
    } catch (error) {
      if (error instanceof StoreError && error.code === 'STORE_UNAVAILABLE')
        this.log.warn({ err: error }, 'scheduler round stopped: the store is not available; will retry');
      else this.log.error({ err: error }, 'scheduler round failed; will retry');
    }
    if (total > 0) this.log.info({ jobs: total }, 'scheduled jobs ran');
    return total;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.stopped = true;
  }
}
