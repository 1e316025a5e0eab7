// The durable scheduler on PostgreSQL with two processes (two stores, two pools) claiming
// the same due jobs at once: the work is shared and each job still runs exactly once. The
// scheduler's half of the store on every implementation is scheduler-store.test.ts.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/scheduler/run-job.js';
import { openStore } from '../../src/store/open-store.js';
import { drain, plus, textJob, type Decide } from '../support/scheduler-jobs.js';
import { DATABASE_URL, freshDatabase } from '../support/stores.js';

describe.skipIf(!DATABASE_URL)('scheduler on PostgreSQL with two processes', () => {
  it('runs each of 2,000 due jobs exactly once when two stores (two pools) claim at the same time', async () => {
    const database = await freshDatabase();
    const one = await openStore({ databaseUrl: database.url, dataDir: null });
    const two = await openStore({ databaseUrl: database.url, dataDir: null });
    const check = new pg.Client({ connectionString: database.url });
    try {
      const now = new Date('2026-11-23T10:00:00Z');
      const jobs = Array.from({ length: 2000 }, (_, i) =>
        textJob({ channel: 'sms', address: `+4477009${String(70000 + (i % 40))}` }, `pair-${i}`, plus(now, -1 - (i % 97)), `pair ${i}`),
      );
      expect(await one.scheduleJobs(jobs, plus(now, -120))).toBe(2000);

      const decisions = new Map<string, number>();
      const count: Decide = (job, facts) => {
        decisions.set(job.key, (decisions.get(job.key) ?? 0) + 1);
        return runJob(job, facts, { delayNotice: false });
      };
      // Two claimers in each process, as ticks from a poll and a kick can overlap.
      const [a1, a2, b1, b2] = await Promise.all([
        drain(one, now, 25, count),
        drain(one, now, 25, count),
        drain(two, now, 25, count),
        drain(two, now, 25, count),
      ]);
      expect(a1 + a2 + b1 + b2).toBe(2000);
      // Both processes did part of the work: the claim really was shared.
      expect(a1 + a2).toBeGreaterThan(0);
      expect(b1 + b2).toBeGreaterThan(0);
      expect(decisions.size).toBe(2000);
      expect([...decisions.values()].every((v) => v === 1)).toBe(true);

      expect(await one.jobs({ status: 'pending' })).toEqual([]);
      expect(await two.jobs({ status: 'done' })).toHaveLength(2000);
      await check.connect();
      const totals = await check.query<{ rows: number; keys: number; bodies: number }>(
        `select count(*)::int as rows, count(distinct idempotency_key)::int as keys, count(distinct body)::int as bodies from outbound_messages`,
      );
      expect(totals.rows[0]).toEqual({ rows: 2000, keys: 2000, bodies: 2000 });
    } finally {
      await check.end().catch(() => {});
      await one.close();
      await two.close();
      await database.drop();
    }
  });
});
