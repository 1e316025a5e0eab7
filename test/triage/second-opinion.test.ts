// The learned second opinion (src/triage/opinion/): the model shipped is the one its
// training sets make, it was never shown the sets kept for checking, it only changes a
// reading where a mistake cannot put anyone at risk, and every change names the tenant's
// own words that decided it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel, MODEL_PATH, rowsHash, TRAIN } from '../../eval/train-opinion.js';
import { readRows } from '../../eval/triage-score.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { classify } from '../../src/triage/classify.js';
import type { OpinionModel } from '../../src/triage/opinion/model.js';
import { type Classification, PERSONAL_ASB } from '../../src/triage/triage.types.js';
import { triage } from '../../src/triage/triage.js';

const shipped = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as OpinionModel;
const TIERS = ['emergency', 'urgent', 'routine', 'planned'];
const evalDir = join(import.meta.dirname, '..', '..', 'eval');

describe('the shipped model', () => {
  it('was trained on the sets it names, as they read today (retrain with eval/train-opinion.ts after editing one)', () => {
    expect(shipped.trainedOn).toEqual(TRAIN);
    expect(shipped.rowsHash).toBe(rowsHash(TRAIN));
  });

  it('was never shown the set kept back for the next blind run', () => {
    expect(shipped.trainedOn).not.toContain('set-n.jsonl');
  });

  it('is what training makes: the same rows give the same weights', () => {
    const rows = readRows(join(evalDir, 'set-e.jsonl')).slice(0, 80);
    const a = buildModel(rows, [], shipped.thresholds);
    const b = buildModel(rows, [], shipped.thresholds);
    expect(a).toEqual(b);
    expect(Object.keys(a.kind.weights).length).toBeGreaterThan(100);
  });
});

describe('where it changes a reading', () => {
  it('reads fresh wordings the rules got wrong, and says which words decided', () => {
    const joiner = classify('your joiner left sawdust all over my hall and never said a word');
    expect(joiner.kind).toBe('complaint');
    expect(joiner.learned).toMatchObject([{ what: 'kind', from: 'unknown', to: 'complaint' }]);
    expect(joiner.learned[0]!.because).toContain('your');

    const gutter = classify('gutter dripping over the back door');
    expect(gutter.repair?.tier).toBe('routine');
    expect(gutter.repair?.because.at(-1)).toMatch(/^read as routine from: .*gutter/);
  });

  it('shows the change in what the triage command prints', () => {
    const r = triage('your joiner left sawdust all over my hall and never said a word', loadPolicy('nph'), new Date('2026-03-10T10:15:00Z'));
    expect(r.kind).toBe('complaint');
    expect(r.learned?.[0]?.because.length).toBeGreaterThan(0);
    expect(triage('smell of gas in the hall', loadPolicy('nph'), new Date('2026-03-10T10:15:00Z')).learned).toBeNull();
  });

  // Every labelled text the team has that is not kept back: the rules around the opinion hold for each.
  const texts = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'o', 'p'].flatMap((s) =>
    readRows(join(evalDir, `set-${s}.jsonl`)).map((r) => r.text),
  );
  // Read once, checked by each rule below.
  let read: [string, Classification][] | undefined;
  const readings = () => (read ??= texts.map((text) => [text, classify(text)]));

  it('never touches a reading that named a danger, a person at risk or an MP', () => {
    let changed = 0;
    for (const [text, c] of readings()) {
      if (c.learned.length) changed++;
      const personal = c.asb && PERSONAL_ASB.includes(c.asb.category.id);
      if (c.safety.length > 0 || personal || c.representative) expect(c.learned, text).toEqual([]);
    }
    // It does change some readings: a model that never fires would pass the rest vacuously.
    expect(changed).toBeGreaterThan(20);
  });

  it('never moves an emergency lower, nor damp and mould, and changes the kind only to one the rules found something for', () => {
    for (const [text, c] of readings()) {
      for (const l of c.learned) {
        if (l.what === 'tier') {
          expect(l.from, text).not.toBe('emergency');
          if (c.repair?.issue.awaabs) expect(TIERS.indexOf(l.to), text).toBeLessThan(TIERS.indexOf(l.from));
        }
        if (l.what === 'kind' && l.to === 'repair') expect(c.repair, text).not.toBeNull();
        // An unhappy tenant with a fault: a complaint the rules read stays one (the repair goes on with it).
        if (l.what === 'kind' && l.from === 'complaint' && l.to === 'repair') expect(c.dissatisfaction, text).toBe(false);
        if (l.what === 'kind' && l.to === 'asb') expect(c.asb, text).not.toBeNull();
      }
    }
  });

  it('explains each change in words the tenant wrote', () => {
    for (const [text, c] of readings()) {
      for (const l of c.learned) {
        expect(l.because.length, text).toBeGreaterThan(0);
        for (const words of l.because) expect(` ${c.normalised} `, text).toContain(` ${words} `);
      }
    }
  });
});
