// The texts a server reads before it takes traffic (src/triage/warm-up.ts) reach every kind
// of reading, so the slow first reading of each happens at start, not to a tenant.
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { classify } from '../../src/triage/classify.js';
import { WARM_UP_TEXTS, warmUpTriage } from '../../src/triage/warm-up.js';

describe('triage warm-up', () => {
  const readings = WARM_UP_TEXTS.map((text) => classify(text));

  it('covers every kind of message and every repair tier', () => {
    expect(new Set(readings.map((c) => c.kind))).toEqual(
      new Set(['repair', 'asb', 'complaint', 'compliment', 'comment', 'enquiry', 'representative-enquiry', 'unknown']),
    );
    expect(new Set(readings.flatMap((c) => (c.kind === 'repair' && c.repair ? [c.repair.tier] : [])))).toEqual(
      new Set(['emergency', 'urgent', 'routine', 'planned']),
    );
  });

  it('covers the safety advice for the home and for people', () => {
    const safety = new Set(readings.flatMap((c) => c.safety.map((s) => s.id)));
    for (const id of ['fire', 'gas', 'carbon-monoxide', 'water-electrics', 'danger-to-life', 'self-harm', 'domestic-abuse']) expect(safety).toContain(id);
  });

  it('reads them under a pack without failing', () => {
    expect(warmUpTriage(loadPolicy('nph'), new Date('2026-12-07T10:00:00Z'), 1)).toBeGreaterThan(0);
  });
});
