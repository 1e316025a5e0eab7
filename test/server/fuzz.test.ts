// A seeded fast-check campaign against the real app on loopback, on every SQL store kind:
// every route, method, body type, encoding and size, signed and not, sent as raw bytes over
// a socket so request lines, headers and bodies arrive exactly as generated (the campaign
// is test/support/fuzz-campaign.ts). Each rule is checked on the whole campaign's answers in
// a test of its own, listing every offender.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { campaign, type Spec } from '../support/fuzz-campaign.js';
import { sqlStoreKinds } from '../support/stores.js';
import { INTERNALS, LIMIT, MB, mb, pool, rawRequest, wire, type Answer, useHostileApp } from '../support/hostile-http.js';

const SEED = 20_261_123;
/** Requests per store kind, and the most time the campaign may take (it stops early, not fails). */
const RUNS = 600;
const CAMPAIGN_MS = 20_000;

// ---------------------------------------------------------------------------------------

describe.each(sqlStoreKinds())('hostile requests on $name', (kind) => {
  const h = useHostileApp(kind);
  const { tmpEntries, newEntries, stored } = h;

  describe(`fuzzed requests (fast-check, seed ${SEED})`, () => {
    interface Outcome {
      spec: Spec;
      answer: Answer;
    }
    let outcomes: Outcome[] = [];
    let tmpBefore = new Set<string>();
    let tmpAfter: string[] = [];
    let rssBefore = 0;
    let rssAfter = 0;
    let inFlightAfter = -1;

    beforeAll(async () => {
      const specs = fc.sample(campaign(h.port), { seed: SEED, numRuns: RUNS });
      tmpBefore = tmpEntries();
      rssBefore = process.memoryUsage.rss();
      const started = Date.now();
      const answers = await pool(specs, 4, (spec) => rawRequest(h.port, wire(h.port, spec), spec.cut === true), started + CAMPAIGN_MS);
      outcomes = specs.flatMap((spec, i) => (answers[i] ? [{ spec, answer: answers[i]! }] : []));
      // A hang guard, not a wait: every request should already be finished.
      let guard: NodeJS.Timeout | undefined;
      await Promise.race([h.app.app.idle(), new Promise<void>((resolve) => (guard = setTimeout(resolve, 5_000)))]);
      clearTimeout(guard);
      inFlightAfter = h.app.app.inFlight();
      rssAfter = process.memoryUsage.rss();
      tmpAfter = newEntries(tmpBefore);
      const statuses = new Map<number, number>();
      for (const o of outcomes) statuses.set(o.answer.status, (statuses.get(o.answer.status) ?? 0) + 1);
      const counts = [...statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([s, c]) => `${s}x${c}`)
        .join(' ');
      const bytes = outcomes.reduce((sum, o) => sum + o.spec.body.length, 0);
      console.log(
        `[${kind.name}] fuzz: ${outcomes.length} of ${specs.length} requests sent in ${((Date.now() - started) / 1000).toFixed(1)} s (${mb(bytes)} of bodies); statuses ${counts}; RSS ${mb(rssBefore)} -> ${mb(rssAfter)}`,
      );
    }, 120_000);

    const show = (o: Outcome) => `${o.spec.label} -> ${o.answer.status}${o.answer.error ? ` (${o.answer.error})` : ''}`;

    it('sent a few hundred requests', () => {
      expect(outcomes.length).toBeGreaterThanOrEqual(200);
    });

    it('answers every request, with a status below 500 or a 503', () => {
      // A client that hung up mid-body may get no answer at all.
      const bad = outcomes.filter((o) => (o.answer.status === 0 && !o.spec.cut) || (o.answer.status >= 500 && o.answer.status !== 503));
      expect(bad.map(show)).toEqual([]);
    });

    it('puts no stack, internal error or source path in any answer', () => {
      const bad = outcomes.filter((o) => INTERNALS.test(o.answer.body) || INTERNALS.test(o.answer.head));
      expect(bad.map((o) => `${show(o)}: ${o.answer.body.slice(0, 200)}`)).toEqual([]);
    });

    it('never accepts a webhook that is unsigned, forged or signed for another address', () => {
      const bad = outcomes.filter(
        (o) => o.spec.route === 'webhook' && o.spec.method === 'POST' && !o.spec.authentic && o.answer.status >= 200 && o.answer.status < 300,
      );
      expect(bad.map(show)).toEqual([]);
    });

    it('stores nothing for the senders of unsigned or forged webhooks', async () => {
      const senders = [...new Set(outcomes.flatMap((o) => (o.spec.forgedFrom ? [o.spec.forgedFrom] : [])))];
      expect(senders.length).toBeGreaterThan(0);
      const found = [];
      for (const from of senders) if (await stored(from)) found.push(from);
      expect(found).toEqual([]);
    });

    it('never accepts an API call without the right key', () => {
      const bad = outcomes.filter(
        (o) => o.spec.route === 'api' && o.spec.method !== 'OPTIONS' && !o.spec.authentic && o.answer.status >= 200 && o.answer.status < 300,
      );
      expect(bad.map(show)).toEqual([]);
    });

    // The size is checked before the signature or key: a body over the limit is never
    // accepted and never gets as far as a 401 or 403 (413, or 415 for a type or encoding
    // that is never read, or 404/405 for no route of ours).
    it('never lets a body over 64 KiB past the size check: no 2xx, 401 or 403 for one', () => {
      const big = outcomes.filter((o) => o.spec.readsBody && o.spec.plainHead && o.spec.body.length > LIMIT);
      expect(big.length).toBeGreaterThan(0);
      const bad = big.filter((o) => (o.answer.status >= 200 && o.answer.status < 300) || o.answer.status === 401 || o.answer.status === 403);
      expect(bad.map(show)).toEqual([]);
    });

    it('finishes every request it started: none is left in flight', () => {
      expect(inFlightAfter).toBe(0);
    });

    it('writes no file to the temp directory', () => {
      expect(tmpAfter).toEqual([]);
    });

    it('still answers /healthz afterwards', async () => {
      const res = await fetch(`${h.app.url}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    });

    it('grows RSS by less than 150 MB over the run', () => {
      expect(rssAfter - rssBefore).toBeLessThan(150 * MB);
    });
  });
});
