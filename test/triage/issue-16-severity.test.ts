// Issue 16 ("Triage reads tenants as they really text"): what a tenant would notice beyond
// the kind of case. The priority is weighed, not looked up; self-harm, domestic abuse and
// danger to life are recalled in tenants' own words; and the new fields: vulnerabilities,
// safe contact, and what is kept from a text with several problems. One test per general
// rule, in sentences written for these tests (not taken from the evaluation sets). The kind
// of case a text opens is issue-16-kinds.test.ts.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/triage/classify.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { triage } from '../../src/triage/triage.js';

const AT = new Date('2026-03-10T10:15:00Z');
const nph = loadPolicy('nph');

describe('severity is weighed, not looked up', () => {
  it('a total loss of water with a baby in the home is an emergency, and says why', () => {
    const c = classify('no water at all since this morning, got a 3 month old');
    expect(c.repair?.tier).toBe('emergency');
  });

  it('a loss of water for a whole block is an emergency', () => {
    const c = classify('the whole block has no water coming out the taps');
    expect(c.repair?.tier).toBe('emergency');
  });

  it('no heating for an older tenant is raised to an emergency, naming the modifier', () => {
    const c = classify('heating not working, im 82 and live alone');
    expect(c.repair?.issue.tier).toBe('urgent');
    expect(c.repair?.tier).toBe('emergency');
    expect(c.repair?.because.join(' ')).toMatch(/vulnerable household: over-65/);
  });

  it('heating out in one room with the rest working is routine, naming the modifier', () => {
    const c = classify('no heating in just the one bedroom, the rest of the house is warm');
    expect(c.repair?.issue.tier).toBe('urgent');
    expect(c.repair?.tier).toBe('routine');
    expect(c.repair?.because.join(' ')).toMatch(/one unit out/);
  });

  it('one socket out with the rest working is routine', () => {
    expect(classify('one socket in the lounge stopped working, the others are fine').repair?.tier).toBe('routine');
  });

  it('a contained leak is urgent, not an emergency, and is not asked about the stop tap', () => {
    const text = 'little leak under the sink, ive put a tub under it and turned the water off';
    const c = classify(text);
    expect(c.repair?.tier).toBe('urgent');
    expect(triage(text, nph, AT).needsClarification).toBe(false);
  });

  it('water pouring through and spreading is an emergency', () => {
    const c = classify('roof leaking into the back bedroom and water running down the walls');
    expect(c.repair?.issue.tier).toBe('urgent');
    expect(c.repair?.tier).toBe('emergency');
    expect(c.repair?.because.join(' ')).toMatch(/spreading/);
  });

  it('the only toilet blocked is an emergency; with a second toilet it is not', () => {
    expect(classify('toilet blocked and its our only one').repair?.tier).toBe('emergency');
    expect(classify('downstairs toilet blocked but the upstairs one is fine, we have 2 toilets').repair?.tier).toBe('urgent');
  });

  it('a stable fault is lowered: a roof tile slipped with no leak inside is routine', () => {
    expect(classify('a roof tile has slipped, no leak inside').repair?.tier).toBe('routine');
  });

  it('a crack getting bigger is urgent; one that has been there for years is routine', () => {
    expect(classify('crack in the bedroom wall getting wider every week').repair?.tier).toBe('urgent');
    expect(classify('small crack in the landing plaster, been there years, not getting bigger').repair?.tier).toBe('routine');
  });

  it('loss of heating in July is not an emergency', () => {
    const c = classify('heating not working but its july so no rush, hot water fine');
    expect(c.repair?.tier).not.toBe('emergency');
  });

  it('asking for a replacement with nothing broken is planned work', () => {
    expect(classify('kitchen is 30 yrs old and tatty, can we have a new one').repair?.tier).toBe('planned');
    expect(classify('would like a walk in shower instead of the bath').repair?.tier).toBe('planned');
  });

  it('the tenant saying it is not urgent lowers a non-essential fault', () => {
    expect(classify('bathroom tiles cracked, not urgent, whenever you can').repair?.tier).toBe('routine');
  });

  it('triage quotes the weighed tier', () => {
    const t = triage('heating not working, im 82 and live alone', nph, AT);
    expect(t.tier).toBe('emergency');
  });

  it('a stated vulnerability answers the household question, so it is not asked again', () => {
    const t = triage('no hot water since yesterday, my wife is 7 months pregnant', nph, AT);
    expect(t.needsClarification).toBe(false);
  });
});

describe('safety recall in tenants words', () => {
  it.each([
    'i just want to go to sleep and not wake up',
    'ive got all my tablets lined up on the table',
    'everyone would be better off without me',
    'thinking of ending things tonight',
    'ive saved up my pills',
  ])('self-harm: "%s"', (text) => {
    const c = classify(text);
    expect(c.safety.map((s) => s.id)).toContain('self-harm');
    expect(c.kind).toBe('unknown');
  });

  it.each([
    'he controls all the money and wont let me see my mates',
    'please only text, he reads my messages',
    'scared of what he will do when he gets home',
    'im not allowed out without him',
    'can hear the bloke next door screaming at his missus again, things getting thrown',
    'the girl at no 4 always has bruises and he dont let her go out',
  ])('domestic abuse: "%s"', (text) => {
    const c = classify(text);
    expect(c.safety.map((s) => s.id)).toContain('domestic-abuse');
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe('domestic-abuse');
  });
});

describe('danger to life in tenants words', () => {
  it.each([
    'bare wires sticking out where the old light was, pretty sure theyre live',
    'the kitchen ceiling is sagging and cracking all over, i think its going to come down',
  ])('"%s"', (text) => {
    expect(classify(text).safety.map((s) => s.id)).toContain('danger-to-life');
  });
});

describe('new fields', () => {
  it.each([
    ['boiler broke and im 87', 'over-65'],
    ['no heating, we have a 6 week old baby', 'under-5'],
    ['no hot water and my wife is 7 months pregnant', 'pregnant'],
    ['lift broken and im in a wheelchair', 'disability'],
    ['power cut and my husband is on home dialysis', 'medical-equipment'],
    ['damp everywhere and both kids have asthma', 'health'],
  ])('vulnerabilities: "%s" -> %s', (text, v) => {
    expect(classify(text).vulnerabilities).toContain(v);
  });

  it('says nothing about the household when the text does not', () => {
    expect(classify('kitchen tap dripping').vulnerabilities).toEqual([]);
    expect(classify('flat 87, the door bell is broken').vulnerabilities).toEqual([]);
  });

  it.each(['please dont ring me he checks my phone', 'text only please, i cant talk', 'dont call this number'])('safe contact: "%s"', (text) => {
    expect(classify(text).safeContact).toBe(true);
  });

  it('a complaint that nobody called back is not a request for safe contact', () => {
    expect(classify('they did not call me back like they promised').safeContact).toBe(false);
  });

  it('several repairs in one text: one main and the others kept', () => {
    const c = classify('toilet wont flush, kitchen cupboard door hanging off and the extractor fan in the bathroom dont work');
    expect(c.kind).toBe('repair');
    expect(c.repair?.issue.area).toBe('toilets');
    expect(c.others.map((o) => o.repair?.issue.id)).toEqual(['kitchen-units', 'extractor-fan']);
  });

  it('a repair and an ASB report in one text are both kept', () => {
    const c = classify('leak under the sink and the dog next door barks all day');
    const kinds = [c.kind, ...c.others.map((o) => o.kind)].sort();
    expect(kinds).toEqual(['asb', 'repair']);
    const asb = c.kind === 'asb' ? c.asb : c.others.find((o) => o.kind === 'asb')?.asb;
    const repair = c.kind === 'repair' ? c.repair : c.others.find((o) => o.kind === 'repair')?.repair;
    expect(asb?.category.id).toBe('nuisance-pets');
    expect(repair?.issue.area).toBe('leaks');
  });

  it('one problem said twice is not two problems', () => {
    expect(classify('no heating, no hot water, boiler showing f28').others).toEqual([]);
  });

  it('the main repair is the most serious one named, not words from two jobs paired', () => {
    const c = classify('boiler broke, no heating and the kitchen tap is dripping too');
    expect(c.repair?.issue.area).toBe('heating');
    expect(c.others.map((o) => o.repair?.issue.id)).toEqual(['tap-dripping']);
  });
});
