// Tier rules from the seventh round of issue 16 (set L, after its one blind run, read for its
// over-graded repairs), each on wording of our own with a near miss that must not move: a
// home the tenant has made secure for now, a window above the ground floor, part of a
// service still working, a small leak caught, and asking for something new.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/triage/classify.js';

const tierOf = (text: string) => classify(text).repair?.tier ?? null;

describe('made secure for now, or out of reach', () => {
  it('a broken back door lock with the bolt across is urgent, not an emergency', () => {
    expect(tierOf('lock on the back door has gone, key turns and nothing happens. got the bolt across for tonight')).toBe('urgent');
  });
  it('the same lock with nothing holding the door stays an emergency', () => {
    expect(tierOf('lock on the back door has gone, key turns and nothing happens, cant lock it at all')).toBe('emergency');
  });
  it('a window that will not shut on the second floor is urgent', () => {
    expect(tierOf('back bedroom window wont close, the catch snapped. were on the 2nd floor')).toBe('urgent');
  });
});

describe('part of the service still working', () => {
  it('two of three heaters out for someone in their 70s is urgent, not an emergency', () => {
    expect(tierOf('only one of our 3 storage heaters comes on, my husband is 77')).toBe('urgent');
  });
  it('no hot water at one tap while the shower runs hot is routine', () => {
    expect(tierOf('no hot water from the bathroom basin tap, its fine in the kitchen')).toBe('routine');
  });
});

describe('a small leak, caught', () => {
  it('is routine', () => {
    expect(tierOf('pipe under the basin dripping, ive got a pot under it, its only a drip')).toBe('routine');
  });
  it('is not routine when it is getting through', () => {
    expect(tierOf('pipe under the basin dripping, pot under it but its going through the floor to the kitchen')).not.toBe('routine');
  });
});

describe('asking for something new', () => {
  it.each([
    'my mum cant get in the bath now, she needs a walk in shower, how do we get one',
    'could we have a rail put up by the back step',
    'only 2 sockets in the kitchen, could more be put in',
    'front door is the old wooden type, any chance of a composite one',
  ])('is planned work: "%s"', (text) => {
    expect(tierOf(text)).toBe('planned');
  });
  it('a broken thing asked about is still a repair', () => {
    expect(tierOf('front door lock snapped, any chance of a new one today')).not.toBe('planned');
  });
});
