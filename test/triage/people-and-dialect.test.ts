// Kind and safety rules from the ninth round of issue 16 (set P as development), each on
// wording of our own with a near miss: "me" that owns a thing in Northern speech; a
// partner who turned up drunk is still the partner; abuse aimed at who someone is; knocking
// and running off; an emergency lived through now beside a complaint about our engineer.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/triage/classify.js';

const safetyOf = (text: string) => classify(text).safety.map((s) => s.id);

describe('"me" as "my" in Northern speech', () => {
  it('"kicked me front door in" is damage to the door, a repair, not an attack on the tenant', () => {
    const c = classify('some lads kicked me front door in last night while i was out, frame is hanging off and it wont lock');
    expect(c.kind).toBe('repair');
    expect(c.repair?.tier).toBe('emergency');
    expect(c.asb?.category.id).not.toBe('threats');
  });

  it('"kicked me in the back" is still an attack on the tenant', () => {
    expect(classify('the lad from no 4 kicked me in the back on the stairs').kind).toBe('asb');
  });
});

describe('danger from a partner', () => {
  it('a partner who turned up drunk making threats is domestic abuse', () => {
    expect(safetyOf('my boyfriend came round drunk last night saying hed kill me')).toContain('domestic-abuse');
  });

  it('a stranger making threats is not', () => {
    expect(safetyOf('some bloke came round drunk last night saying hed kill me')).not.toContain('domestic-abuse');
  });
});

describe('ASB aimed at a person', () => {
  it.each(['kids keep shouting at my daughter for being deaf', 'someone wrote something about us being muslim on our bins'])(
    'abuse for who someone is is a hate incident: "%s"',
    (text) => {
      expect(classify(text).asb?.category.id).toBe('hate-incident');
    },
  );

  it('being something else is not: "sorry for being a nuisance, the bath tap drips"', () => {
    expect(classify('sorry for being a nuisance, the bath tap drips').asb).toBeNull();
  });

  it('knocking on the door and running off, again and again, is harassment', () => {
    const c = classify('kids bang on my door then run off, most nights, im on my own and it frightens me');
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe('harassment');
  });
});

describe('an emergency now, beside a complaint about our work', () => {
  it('is reported as the emergency, with the dissatisfaction kept so a complaint is offered', () => {
    const c = classify('your plumber said the heating was fixed on monday, its broken again, no heating at all and my mum is 90, i want to complain');
    expect(c.kind).toBe('repair');
    expect(c.repair?.tier).toBe('emergency');
    expect(c.dissatisfaction).toBe(true);
  });

  it('a complaint about a job since put right stays a complaint', () => {
    expect(classify('your plumber fixed the leak but left a hole in my ceiling and walked off, i want to complain').kind).toBe('complaint');
  });
});
