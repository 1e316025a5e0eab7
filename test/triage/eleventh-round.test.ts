// Rules from the eleventh round of issue 16 (set T as development), each on wording of our
// own with the near miss that must not move: hate aimed at a faith or a nationality said
// plainly; abuse by an ex told by a relative; our service failing (a promised timescale, a
// call never returned, a repair that failed again, shoddy work, a promised visit nobody
// came to); praise sent to the trade; councillors who open with their name; a dog that went
// for a child; building rubble dumped; a tenant's own tool is not a weapon; "tired of
// fighting" is not violence; and tiers: a ceiling bending with water, a broken window anyone
// could climb through, a vulnerable household with part of the heating out, a whole room's
// sockets, one named tap, a gutter letting rain in, an inside door that will not shut.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/triage/classify.js';

const read = (text: string) => classify(text);
const kindOf = (text: string) => read(text).kind;
const tierOf = (text: string) => read(text).repair?.tier ?? null;
const asbOf = (text: string) => read(text).asb?.category.id ?? null;
const safetyOf = (text: string) => read(text).safety.map((s) => s.id);

describe('hate aimed at who someone is, said plainly', () => {
  it.each([
    'the lads upstairs keep making comments about my daughter headscarf when she walks past',
    'woman at number 3 shouts dirty romanian at me every morning',
  ])('"%s" is a hate incident', (text) => {
    expect(asbOf(text)).toBe('hate-incident');
  });
  it('a dirty stairwell is not', () => {
    expect(asbOf('the stairwell is dirty and smells of wee')).not.toBe('hate-incident');
  });
  it('asking for a move because of a disability is not', () => {
    expect(asbOf('can we move to a ground floor flat because of my sons wheelchair')).toBeNull();
  });
});

describe('abuse by a partner or ex, told by a relative, is domestic abuse with its advice', () => {
  it('"her ex ... he pushed her"', () => {
    const c = read('my sister is too scared to ring. her ex came round again on friday and he shoved her into the wall');
    expect(c.asb?.category.id).toBe('domestic-abuse');
    expect(c.safety.map((s) => s.id)).toContain('domestic-abuse');
  });
  it('an ex called violent a sentence after the key is named is domestic abuse', () => {
    const c = read('my ex still has a key and i want the locks changed, hes been violent');
    expect(c.asb?.category.id).toBe('domestic-abuse');
    expect(c.safety.map((s) => s.id)).toContain('domestic-abuse');
    expect(asbOf('my ex moved out last year and the new fella upstairs is violent when drunk')).not.toBe('domestic-abuse');
  });
  it('an accident told of a relative is not abuse', () => {
    expect(safetyOf('her husband came home from work and he hurt his back on the broken step')).not.toContain('domestic-abuse');
  });
  it('an ex mentioned beside a repair is not abuse', () => {
    expect(asbOf('my ex took the shower head when he left, can you fit a new one')).toBeNull();
  });
});

describe('our own service failing is a complaint', () => {
  it.each([
    'in emergency housing 9 weeks now, they told us 4 weeks at most',
    'still waiting two weeks for someone to return my calls about my rent account',
    'your plumber mended the pipe in march and now its dripping again in the same spot',
    'the bath panel they fitted is already coming away, really sloppy work',
    'he said he would be round on tuesday to look at the damp and no one came, i took the morning off',
    'the guttering has been done three times, i would like someone senior to come and look',
  ])('"%s"', (text) => {
    expect(kindOf(text)).toBe('complaint');
  });
  it.each([['the bath panel has come away from the side', 'repair']])('but not "%s"', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
  it.each([
    'they fixed my boiler yesterday and now the heating is working again, thank you',
    'thanks for returning my call so quickly yesterday',
    'im waiting for the plumber to call me back about a time',
  ])('praise, or waiting with no failure, is not a complaint: "%s"', (text) => {
    expect(kindOf(text)).not.toBe('complaint');
  });
  it('a visit promised and still to come is not', () => {
    expect(kindOf('the plumber said he will be round on tuesday, is that still on')).not.toBe('complaint');
  });
  it('"nobody from X will tell me anything" is a complaint however the sentence runs', () => {
    expect(kindOf('nobody from the repairs team will tell me anything about the new boiler')).toBe('complaint');
  });
});

describe('praise sent to the trade is a compliment, even naming the repair', () => {
  it('"cheers to the plumbers"', () => {
    expect(kindOf('heating works again and the house is warm for the first time in weeks, cheers to the plumbers')).toBe('compliment');
  });
  it('"cheers" with a fault still there is not', () => {
    expect(kindOf('cheers for the text but the heating still is not working')).not.toBe('compliment');
  });
});

describe('a councillor who opens with their name writes for residents', () => {
  it.each([
    'Cllr Ahmed, Bolton. A number of tenants at Kestrel Court have asked me about the broken door entry',
    'several residents have contacted me about damp in the Marlowe flats. what is being done',
  ])('"%s"', (text) => {
    expect(kindOf(text)).toBe('representative-enquiry');
  });
  it('a tenant naming the councillor is not', () => {
    expect(kindOf('i told councillor smith about my damp and nothing happened')).not.toBe('representative-enquiry');
  });
});

describe('behaviour, not a repair', () => {
  it('a loose dog that went for a child, with several words between', () => {
    expect(asbOf('the rottweiler from the end house got out again yesterday and went for my son by the bins')).toBe('nuisance-pets');
  });
  it('building rubble dumped is fly-tipping, not a blocked drain', () => {
    const c = read('someone dumped building rubble all across the alley, cant get the bins out');
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe('fly-tipping');
  });
  it("a tenant's own screwdriver on a door is not a weapon", () => {
    const c = read('kitchen door handle snapped off, i have to open it with a screwdriver');
    expect(c.kind).toBe('repair');
    expect(c.safety).toEqual([]);
  });
  it('a screwdriver in someone else hand still is', () => {
    expect(safetyOf('the man downstairs came at me holding a screwdriver')).toContain('danger-to-life');
  });
  it('"tired of fighting" you for a repair is not violence', () => {
    expect(asbOf('three years of reporting the leak, i am so tired of fighting for it to be fixed')).toBeNull();
  });
  it('a fight on the landing still is', () => {
    expect(asbOf('there was a fight on the landing last night, blood on the stairs')).toBe('violence');
  });
});

describe('tiers weighed from what the text says', () => {
  it('a ceiling bending down with water is an emergency, a stain is not', () => {
    expect(tierOf('water dripping through the bathroom ceiling and the ceiling is soaked and bending down')).toBe('emergency');
    expect(tierOf('brown water stain on the bathroom ceiling from the flat above')).not.toBe('emergency');
  });
  it('buckets filling fast is water that cannot be caught', () => {
    expect(tierOf('leak through the kitchen ceiling, the bowls fill up really quick')).toBe('emergency');
  });
  it('a smashed window anyone could climb through is an emergency', () => {
    expect(tierOf('kids smashed the lounge window, its wide open and anyone could get in')).toBe('emergency');
  });
  it('part of the heating out for an older tenant is urgent, however politely', () => {
    expect(tierOf('the radiator in the back bedroom has stopped, the rest are fine. i am 79, no rush')).toBe('urgent');
    expect(tierOf('the radiator in the back bedroom has stopped, the rest are fine')).toBe('routine');
  });
  it('all the sockets of a room is a circuit, not one socket', () => {
    expect(tierOf('all the sockets in the bedroom have stopped working, rest of the house is fine')).toBe('urgent');
    expect(tierOf('one socket in the bedroom has stopped working, rest of the house is fine')).toBe('routine');
  });
  it('one named tap is not the water supply', () => {
    const c = read('washer gone on the bath, ive turned the valve off so i cant use the hot tap in there for now');
    expect(c.repair?.issue.id).not.toBe('no-water-supply');
    expect(c.repair?.tier).not.toBe('emergency');
    expect(read('no water at all from any tap since this morning').repair?.issue.id).toBe('no-water-supply');
  });
  it('a gutter that lets rain into the home is urgent, a full one is routine', () => {
    expect(tierOf('gutter over the kitchen is blocked and the rain is getting in round the window')).toBe('urgent');
    expect(tierOf('gutter over the kitchen is full of moss')).toBe('routine');
  });
  it('an airing cupboard door is inside the home', () => {
    expect(read('airing cupboard door wont close, the latch has gone').repair?.issue.id).toBe('internal-door');
    expect(read('front door wont close, the latch has gone').repair?.tier).toBe('emergency');
  });
  it('"the main thing" and "no rush" are not a lost supply', () => {
    const c = read('the bathroom cabinet door is hanging off, that is the main thing, no rush');
    expect(c.repair?.tier).not.toBe('emergency');
  });
  it('asking about free alarm checks is not a broken alarm', () => {
    expect(read('my friend says you do smoke alarm checks, can i book one').repair?.issue.id).not.toBe('smoke-alarm-not-working');
  });
  it('asking whether there is a plan to rewire or replace is planned work', () => {
    expect(tierOf('is there a plan to replace the storage heaters with gas')).toBe('planned');
    expect(tierOf('the wiring is ancient, can the flat be rewired')).toBe('planned');
  });
  it('carpets in the corridors are ours', () => {
    expect(read('the carpet in the corridor outside our flats is ripped and someone will trip').repair?.issue.area).toBe('communal');
  });
});

// From set V's severe misses (V was run once, blind, then its severe misses read).
describe('severe misses of the kept-back set', () => {
  it('no water at all is a total loss, whatever pipe the tenant blames', () => {
    const c = read('not a drop of water from any tap at all today, the water board says its not them so must be the pipes');
    expect(c.repair?.issue.id).toBe('no-water-supply');
    expect(c.repair?.tier).toBe('emergency');
    expect(read('pipe under the sink is leaking, water everywhere').repair?.issue.id).not.toBe('no-water-supply');
  });
  it('shut out of the home with a baby is an emergency; a stiff lock with nobody outside is not', () => {
    expect(tierOf('key broke off in the lock, were stood outside with the baby and cant get in')).toBe('emergency');
    expect(tierOf('key broke off in the back door lock, the front door works fine')).not.toBe('emergency');
  });
  it('a key problem with the tenant stood outside is a lock-out', () => {
    expect(read('key snapped in the lock, im stood outside with the kids').repair?.issue.id).toBe('locked-out');
    expect(read('key snapped in the lock, got in through the back').repair?.issue.id).not.toBe('locked-out');
  });
  it('an ex who still has a key makes the lock change an emergency', () => {
    expect(read('my ex still has a key to the flat and i want the locks changing').repair?.tier).toBe('emergency');
  });
  it.each([
    'someone sprayed go home on our front door last night',
    'the woman over the road says we should go back to our own country',
    'kids on the estate keep calling us p***ys and shouting about caravans',
  ])('hate said as a slogan or a starred slur: "%s"', (text) => {
    expect(asbOf(text)).toBe('hate-incident');
  });
  it('"go home" or "go back to their site" that is not aimed at anyone is not hate', () => {
    expect(asbOf('the plumber said he had to go home and would come back tomorrow')).toBeNull();
    expect(asbOf('the contractors had to go back to their site office for a part')).toBeNull();
  });
  it("a neighbour's son who pushed an older parent over is violence", () => {
    expect(asbOf('next doors lad shoved my dad over by the bins, hes 80')).toBe('violence');
  });
  it('a stranger who keeps coming to the flat and will not take no is harassment', () => {
    expect(asbOf('a man keeps turning up at my door asking for the old tenant and wont take no for an answer')).toBe('harassment');
  });
});
