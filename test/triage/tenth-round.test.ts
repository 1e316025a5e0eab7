// Rules from the tenth round of issue 16 (set R as development), each on wording of our own
// with the near miss that must not move: our service failing, told at length; praise in
// Scots and Northern words; asking when a replacement is coming; health the tenant says
// nobody has; a whole floor cold for a vulnerable household in winter; 'next door' is not a
// door; an alarm wired into the ceiling is not bad wiring; a door that locks with effort;
// signs of abuse next door; an ex at the door with threats.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/triage/classify.js';

const kindOf = (text: string) => classify(text).kind;
const tierOf = (text: string) => classify(text).repair?.tier ?? null;
const safetyOf = (text: string) => classify(text).safety.map((s) => s.id);

describe('our own service failing is a complaint, even when a repair is named', () => {
  it.each([
    'plumber was booked for the morning for my leaky tap, i stayed in and waited, no one came. this keeps happening',
    'ive explained the whole story four times to different people and the damp is still there',
    'your electrician let himself into the flat when nobody was home, no warning at all',
    'weve been in temporary housing a month while the kitchen is done and nobody will tell us when we can go back',
    'the flood damaged our beds in june, the pipe is fixed but nobody has replied about compensation',
    'i was told the fence would be replaced by easter, sick of being lied to',
    'your surveyor came round, said it wasnt your responsibility and left without even looking at the wall',
    'letter says i owe 200 in rent but i have paid every month by standing order',
    'the communal hedges havent been cut once since spring and its in our service charge',
  ])('"%s"', (text) => {
    expect(kindOf(text)).toBe('complaint');
  });

  it.each([
    // a plain fault, and a booking asked about, are not complaints
    ['the tap in the kitchen is dripping', 'repair'],
    ['plumber is booked for thursday morning, what time will he come', 'enquiry'],
  ])('but not "%s"', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
});

describe('praise in the words tenants use', () => {
  it('"magic" for the man who fixed it is a compliment', () => {
    expect(kindOf('the fella who came out to sort the fence last week was magic, cheers')).toBe('compliment');
  });
  it('"magic" about something else is not praise of us', () => {
    expect(kindOf('the back gate lock is broken')).toBe('repair');
  });
});

describe('asking when a replacement is coming is planned work', () => {
  it.each([
    ['when is our bathroom getting replaced? its the original from 1990', 'planned'],
    ['when are we getting the new doors the letter promised', 'planned'],
    ['is there any plan to put solar panels on the bungalows', 'planned'],
    ['the next street got new roofs, are we getting them done too?', 'planned'],
  ])('"%s"', (text, tier) => {
    expect(tierOf(text)).toBe(tier);
  });
  it('a fault now is a repair however old the thing is', () => {
    expect(tierOf('the bathroom is 30 years old and the toilet is leaking all over the floor')).not.toBe('planned');
  });
});

describe('health and who is in the home', () => {
  it('mould with nobody ill is not raised for health', () => {
    expect(tierOf('mould on the bedroom wall keeps coming back, nobody has breathing problems, just want it sorted')).toBe('routine');
  });
  it('mould making someone wheeze still is', () => {
    expect(tierOf('mould on the bedroom wall keeps coming back and my son has started wheezing')).toBe('urgent');
  });
  it('a whole floor cold in winter for a household with an illness is an emergency', () => {
    expect(tierOf('heating only works downstairs, upstairs is freezing, my daughter has leukaemia and its snowing')).toBe('emergency');
  });
  it('but not without the illness', () => {
    expect(tierOf('heating only works downstairs, upstairs is freezing, its snowing')).toBe('urgent');
  });
  it('nor for one radiator', () => {
    expect(tierOf('just the one radiator in the back bedroom is cold, my daughter has leukaemia, its snowing')).not.toBe('emergency');
  });
});

describe('words that look like a fault and are not', () => {
  it('"next door" is not a door', () => {
    const c = classify('the couple next door smash things every night and she had a black eye again today');
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe('domestic-abuse');
  });
  it('a smoke alarm wired into the ceiling that chirps is a smoke alarm fault, not dangerous wiring', () => {
    const c = classify('the smoke alarm is chirping, its wired into the ceiling so i cant change the battery');
    expect(c.repair?.issue.id).toBe('smoke-alarm-beeping');
  });
  it('bare wires hanging from the ceiling still are dangerous', () => {
    expect(tierOf('the light came down and the wires are hanging bare from the ceiling')).toBe('emergency');
  });
  it('water splashing all over the back door is not something hanging over it', () => {
    expect(tierOf('the gutter is full of leaves and water splashes all over the back door when it rains')).toBe('routine');
  });
  it('one communal bulb out with the rest working is routine', () => {
    expect(tierOf('one bulb has gone on the 2nd floor landing, the rest are working')).toBe('routine');
  });
  it("a neighbour's washing machine that leaked is where the water came from, not noise", () => {
    expect(kindOf('upstairs washing machine leaked last week, its stopped but my ceiling has a big stain now')).toBe('repair');
  });
});

describe('a door that still locks with effort', () => {
  it('is urgent', () => {
    expect(tierOf('front door wont lock properly, have to pull the handle up hard to lock it')).toBe('urgent');
  });
  it('one that will not lock at all is an emergency', () => {
    expect(tierOf('front door wont lock at all, the bolt doesnt go across')).toBe('emergency');
  });
});

describe('people in danger', () => {
  it('an ex at the door shouting what he will do is domestic abuse, with its advice', () => {
    const text = 'my ex has found my address, last night he was outside kicking the door and shouting what hes gonna do to me';
    expect(classify(text).asb?.category.id).toBe('domestic-abuse');
    expect(safetyOf(text)).toContain('domestic-abuse');
  });
  it('an ex who only texts to ask about the kids is not', () => {
    expect(safetyOf('my ex texted to ask when he can see the kids')).not.toContain('domestic-abuse');
  });
  it('a question about who to ring is an enquiry', () => {
    expect(kindOf('recycling not collected for a fortnight, is that you or the council i should ring?')).toBe('enquiry');
  });
});

// From holdout-3 (conversations), read after its one run: pills already taken, the means made
// ready and someone else about to end their life need 999 now, not only the Samaritans line;
// a parent telling us their child keeps cutting themselves is self-harm, an accident is not.
describe('a life at risk now', () => {
  it.each([
    'took a whole packet of my tablets an hour ago',
    'ive got a rope ready in the loft',
    'my neighbour texted me saying shes going to kill herself tonight and she wont open the door',
  ])('is a danger to life, with the 999 advice: "%s"', (text) => {
    expect(safetyOf(text)).toContain('danger-to-life');
  });

  it('a child who keeps cutting themselves is self-harm, so a person picks it up', () => {
    expect(safetyOf('my daughter has been cutting herself and locks herself in the bathroom, can the lock come off')).toContain('self-harm');
  });

  it.each([
    'my son cut himself on the broken window',
    'i take my tablets every morning with breakfast',
    'took my tablets this morning, the boiler is still off',
  ])('but not: "%s"', (text) => {
    expect(safetyOf(text)).not.toContain('danger-to-life');
    expect(safetyOf(text)).not.toContain('self-harm');
  });
});

describe("abuse in a partner's hands", () => {
  it('a partner smashing up the home is domestic abuse', () => {
    const c = classify('my boyfriend punched a hole in the bedroom door last night when he was angry, can it be fixed');
    expect(c.asb?.category.id).toBe('domestic-abuse');
  });
  it('a door the tenant broke by accident is a repair', () => {
    expect(kindOf('i broke the bedroom door handle by accident, can it be fixed')).toBe('repair');
  });
  it('"he controls all her money" is not heating controls', () => {
    const c = classify('her husband controls all her money and wont let her out');
    expect(c.repair?.issue.id ?? null).not.toBe('heating-controls');
    expect(c.others.map((o) => o.repair?.issue.id)).not.toContain('heating-controls');
  });
  it('heating controls that do not work still are', () => {
    expect(classify('the heating controls dont work, cant set the timer').repair?.issue.id).toBe('heating-controls');
  });
});
