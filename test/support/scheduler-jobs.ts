// Scheduling and draining jobs for the scheduler store tests (test/store/scheduler-*.test.ts):
// a text job as a draft, minutes added to a time, and draining everything due with several
// claimers at once.
import type { ConversationKey, JobDraft, JobEffect, JobFacts, JobRecord, Store } from '../../src/store/store.js';

const MINUTE = 60_000;

export const plus = (at: Date, minutes: number): Date => new Date(at.getTime() + minutes * MINUTE);

export type Decide = (job: JobRecord, facts: JobFacts) => JobEffect;

export function textJob(key: ConversationKey, id: string, runAt: Date, body: string, extra: Partial<JobDraft> = {}): JobDraft {
  return {
    key: `test:${id}`,
    runAt,
    reference: null,
    group: null,
    payload: { kind: 'text', purpose: 'reminder', channel: key.channel, address: key.address, body },
    ...extra,
  };
}

/** Runs everything due until nothing is left, `batch` at a time. */
/**
 * Runs due jobs until none is left pending. An empty round is not the end while others
 * claim beside it: the rows left may be locked by another claimer's transaction, and if
 * every claimer stopped at its first empty round, the last rows could be left to nobody.
 */
export async function drain(store: Store, now: Date, batch: number, decide: Decide): Promise<number> {
  let total = 0;
  for (;;) {
    const ran = await store.runDueJobs(now, batch, decide);
    total += ran;
    if (ran > 0) continue;
    if ((await store.jobs({ status: 'pending' })).every((j) => j.runAt > now)) return total;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
