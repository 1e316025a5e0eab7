// The repair catalogue as data: unique ids, every area, tier and tag the packs match on,
// Awaab's Law on damp and mould, GSM-7 texts, clarifying questions that end in a YES/NO prompt
// and lead to real issues, and a cue for every issue naming known concepts.
import { describe, expect, it } from 'vitest';
import { REPAIR_CATALOGUE, REPAIR_CONCEPTS, REPAIR_CUES } from '../../src/triage/repair-catalogue.js';
import { findIssue } from '../../src/triage/repair-matcher.js';
import { isGsm7Basic } from '../../dialogs/gsm7.js';

describe('repair catalogue', () => {
  const areas = new Set(REPAIR_CATALOGUE.map((i) => i.area));

  it('has at least 80 issues with unique kebab-case ids', () => {
    expect(REPAIR_CATALOGUE.length).toBeGreaterThanOrEqual(80);
    const ids = REPAIR_CATALOGUE.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('covers every area', () => {
    for (const area of [
      'heating',
      'hot-water',
      'leaks',
      'drainage',
      'toilets',
      'electrics',
      'gas',
      'security',
      'windows-doors',
      'roofs',
      'structure',
      'damp-mould',
      'pests',
      'communal',
      'adaptations',
      'kitchen',
      'bathroom',
      'external',
      'fire-safety',
    ])
      expect(areas, area).toContain(area);
  });

  it('covers the tiers and the tags packs match on', () => {
    const tags = new Set(REPAIR_CATALOGUE.flatMap((i) => i.tags));
    for (const t of ['no-heating', 'no-hot-water', 'uncontrollable-leak', 'gas-leak', 'external', 'heating-component', 'solid-fuel', 'combi-boiler', 'major']) {
      expect(tags, t).toContain(t);
    }
    for (const t of ['emergency', 'urgent', 'routine', 'planned'])
      expect(
        REPAIR_CATALOGUE.some((i) => i.tier === t),
        t,
      ).toBe(true);
    for (const i of REPAIR_CATALOGUE) if (i.tags.includes('major')) expect(i.tier).toBe('planned');
    for (const i of REPAIR_CATALOGUE) if (i.area === 'external') expect(i.tags).toContain('external');
  });

  it("marks damp and mould for Awaab's Law", () => {
    const damp = REPAIR_CATALOGUE.filter((i) => i.area === 'damp-mould');
    expect(damp.length).toBeGreaterThanOrEqual(3);
    for (const i of damp) expect(i.awaabs).toBe(true);
  });

  it('keeps every text GSM-7 safe', () => {
    for (const i of REPAIR_CATALOGUE) {
      expect(isGsm7Basic(i.label), i.id).toBe(true);
      if (i.clarify) expect(isGsm7Basic(i.clarify.question), i.id).toBe(true);
    }
  });

  it('ends every clarifying question with a YES/NO prompt and points only at real issues', () => {
    for (const i of REPAIR_CATALOGUE) {
      if (!i.clarify) continue;
      expect(i.clarify.question, i.id).toMatch(/\? Reply YES or NO$/);
      expect(i.clarify.question.length, i.id).toBeLessThanOrEqual(160);
      for (const to of [i.clarify.yes.issueId, i.clarify.no?.issueId]) if (to) expect(findIssue(to), `${i.id} -> ${to}`).toBeDefined();
    }
  });

  it('gives every issue a cue, and every cue names known concepts', () => {
    for (const i of REPAIR_CATALOGUE) {
      const cues = REPAIR_CUES[i.id];
      expect(cues?.length, i.id).toBeGreaterThan(0);
      for (const c of cues ?? []) {
        for (const group of [...c.all, ...c.none])
          for (const concept of group.split('|')) expect(REPAIR_CONCEPTS, `${i.id}: ${concept}`).toHaveProperty(concept);
      }
    }
  });
});
