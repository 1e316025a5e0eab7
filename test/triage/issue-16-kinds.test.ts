// Issue 16 ("Triage reads tenants as they really text") and the triage part of issue 10:
// what kind of case a text opens. Who or what the text is about decides before a repair noun;
// risk wins over every other cue; the classes from landlords' own lists; and the wrong routes
// issue 10 found. One test per general rule, in sentences written for these tests (not taken
// from the evaluation sets). Priority, safety recall and the new fields are
// issue-16-severity.test.ts.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/triage/classify.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { toTriageView, triage } from '../../src/triage/triage.js';

const AT = new Date('2026-03-10T10:15:00Z');
const nph = loadPolicy('nph');

describe('kind before issue: who or what the text is about decides before a repair noun', () => {
  it.each([
    ['kids been kicking the fence panels in again, two snapped', 'criminal-damage'],
    ['someone let my tyres down outside the flat again', 'criminal-damage'],
    ['got a brick thru my bedroom window last night', 'criminal-damage'],
    ['lads keep setting fires by the garages, smoke comes in my windows', 'criminal-damage'],
    ['somebody sprayed tags all over our garden wall', 'graffiti'],
  ])('damage done by people is ASB: "%s"', (text, category) => {
    const c = classify(text);
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe(category);
  });

  it('the repair a person damaged goes on as well, as a further problem', () => {
    const c = classify('kids smashed my kitchen window with a ball');
    expect(c.kind).toBe('asb');
    expect(c.others.some((o) => o.kind === 'repair' && o.repair?.issue.area === 'windows-doors')).toBe(true);
  });

  it('a home left open after a break-in is an emergency repair first', () => {
    const c = classify('burgled last night, back door wont lock now');
    expect(c.kind).toBe('repair');
    expect(c.repair?.tier).toBe('emergency');
  });

  it.each([
    'the plumber never turned up yesterday, waited in all day for nothing',
    'your contractor left my garden in a right state after doing the fence',
    'rang the repairs line 3 times and no one got back to me',
    'the gas man was really rude and didnt take his shoes off',
    'they came to fix the boiler but left without finishing the job',
    'had to wait 6 weeks for someone to look at my window',
    'been promised a call back for 2 weeks now about the damp',
    'they painted over the mould instead of treating it',
    'absolutely disgusted with how long it took to sort my roof',
    'the man who came to do the tiles swore at my son',
  ])('dissatisfaction with our own service is a complaint, even naming a repair: "%s"', (text) => {
    const c = classify(text);
    expect(c.kind).toBe('complaint');
    expect(c.dissatisfaction).toBe(true);
  });

  it('the repair named in a complaint stays on the classification, so it goes on', () => {
    expect(classify('they painted over the mould instead of treating it').repair?.issue.area).toBe('damp-mould');
  });

  it.each([
    'thanks to the team for sorting my heating so fast',
    'just wanted to say the new bathroom is amazing, thank u all',
    'the roofer who fixed my leak was brilliant, tidy and polite',
    'big thanks to the painters, the hall looks lush',
  ])('praise is a compliment even when it names a repair: "%s"', (text) => {
    expect(classify(text).kind).toBe('compliment');
  });

  it.each([
    'could you add more lights on the path by the flats',
    'it would be nice to have a notice board in the block',
    'a dog bin by the green would be good',
    'why not put some planters by the entrance',
  ])('a suggestion is a comment: "%s"', (text) => {
    expect(classify(text).kind).toBe('comment');
  });

  it.each([
    'can i talk to a real person please',
    'need to speak to my housing officer asap',
    'can someone ring me back, id rather not text',
    'what time is the plumber coming tomorrow',
    'whens my appointment for the gas man',
  ])('a request for a person, or about an appointment, is an enquiry: "%s"', (text) => {
    expect(classify(text).kind).toBe('enquiry');
  });
});

describe('risk wins over every other cue', () => {
  it.each([
    ['the man next door keeps threatening me, says hes going to smash my face in if i complain again', 'threats'],
    ['neighbour keeps calling me a p*ki and spat at my kids, i want to complain about it', 'hate-incident'],
    ['the man upstairs threatened to stab me, i want to escalate this to stage 2', 'threats'],
  ])('a threat or hate with complaint words is ASB at the top grade, not a complaint: "%s"', (text, category) => {
    const t = triage(text, nph, AT);
    expect(t.kind).toBe('asb');
    expect(classify(text).asb?.category.id).toBe(category);
    expect(t.level).toBe(1);
  });

  it('escalation words do not turn a threat into a stage 2 complaint', () => {
    const c = classify('he said hell burn my flat down, i want this escalated');
    expect(toTriageView(c, nph).escalation).toBe(false);
  });

  it('escalation words still make a plain complaint a stage 2 one', () => {
    const c = classify('not happy with your response, i want to escalate my complaint to stage 2');
    expect(toTriageView(c, nph).escalation).toBe(true);
    expect(triage('not happy with your response, i want to escalate my complaint to stage 2', nph, AT).kind).toBe('complaint');
  });

  it.each([
    ['youths shouting at me every time i go past', 'verbal-abuse'],
    ['they play music loud on purpose to wind me up', 'harassment'],
    ['man in flat 9 keeps following my daughter home from school', 'harassment'],
    ['someone keeps leaving dead animals on my doorstep', 'harassment'],
    ['neighbour said im dead if i call the police', 'threats'],
    ['someone threw a drink over me on the landing', 'violence'],
    ['they made monkey noises at my son', 'hate-incident'],
    ['someone drew a swastika on my door', 'hate-incident'],
  ])('behaviour aimed at a person is personal ASB: "%s"', (text, category) => {
    const c = classify(text);
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe(category);
  });
});

describe('classes from landlords own lists', () => {
  it.each([
    ['gas', 'gas'],
    ['GAS!!', 'gas'],
    ['smoke', 'fire'],
  ])('a one-word report that names a hazard gets its advice at once: "%s"', (text, safety) => {
    const c = classify(text);
    expect(c.safety.map((s) => s.id)).toContain(safety);
    expect(c.kind).toBe('repair');
    expect(c.repair?.tier).toBe('emergency');
  });

  it.each(['no gas at all in the flat', 'gas supply been cut off', 'total loss of gas supply'])('loss of gas supply is an emergency: "%s"', (text) => {
    expect(classify(text).repair?.tier).toBe('emergency');
  });

  it('the gas man is not a gas supply fault', () => {
    expect(classify('the gas man was rude').repair?.issue.area ?? null).not.toBe('gas');
  });

  it.each(['power gone in the whole house', 'no electric in the whole flat', 'all the power has gone off'])(
    'power lost to the whole home is an emergency: "%s"',
    (text) => {
      expect(classify(text).repair?.tier).toBe('emergency');
    },
  );

  it.each([
    'pull cord alarm in the bathroom not working',
    'community alarm not working',
    'careline alarm not connecting',
    'warden call system down in the block',
  ])('a community alarm or pull-cord system fault is an emergency: "%s"', (text) => {
    const c = classify(text);
    expect(c.repair?.issue.id).toBe('community-alarm');
    expect(c.repair?.tier).toBe('emergency');
  });

  it('a light pull cord is not a community alarm', () => {
    expect(classify('my light pull cord in the bathroom is broken').repair?.issue.id).not.toBe('community-alarm');
  });

  it.each(['loose pane of glass in the front window', 'window about to fall out of the frame', 'dangerous glazing'])(
    'dangerous or loose glazing is an emergency: "%s"',
    (text) => {
      expect(classify(text).repair?.tier).toBe('emergency');
    },
  );

  it('a cracked double glazed pane that is secure is not an emergency', () => {
    expect(classify('cracked pane in the bedroom window, double glazed, still secure').repair?.tier).not.toBe('emergency');
  });

  it.each([
    ['safeguarding concern about the lady in flat 3', 'violence'],
    ['sexual abuse', 'violence'],
    ['child sexual exploitation', 'violence'],
    ['serious offences', 'violence'],
    ['hate crime', 'hate-incident'],
    ['cuckooing', 'drugs'],
    ['arson', 'criminal-damage'],
    ['animals attacking people', 'nuisance-pets'],
    ['neighbours dog went for my little girl', 'nuisance-pets'],
  ])('formal ASB wordings land in their category: "%s"', (text, category) => {
    const c = classify(text);
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe(category);
  });

  it.each([
    'next doors washing machine is noisy',
    'i can hear them hoovering',
    'neighbour comes home from his shift at 2am and i hear the door',
    'they use the tumble dryer late',
  ])('everyday living noise opens no ASB case: "%s"', (text) => {
    const c = classify(text);
    expect(c.notAsb).not.toBeNull();
    expect(c.asb).toBeNull();
  });

  it('everyday noise asked about is an enquiry, said to be normal is a comment', () => {
    expect(classify('the family next door hoover at 8am on sundays, is that allowed').kind).toBe('enquiry');
    expect(classify('man upstairs works nights so he shuts doors at 6am, not his fault, just letting you know').kind).toBe('comment');
  });
});

describe('wrong routes from issue 10', () => {
  it('a football kicked against a wall is not a break-in', () => {
    const c = classify('kids keep kicking a football against my wall');
    expect(c.kind).toBe('asb');
    expect(c.others.some((o) => o.repair?.issue.id === 'break-in')).toBe(false);
  });

  it('not getting hold of a housing officer is not being locked out', () => {
    const c = classify('cant get in touch with my housing officer, ive left 5 messages');
    expect(c.kind).toBe('complaint');
    expect(c.repair).toBeNull();
  });

  it.each([
    ['the bass from next doors speakers is shaking my walls', 'noise'],
    ['junkies in the stairwell again', 'drugs'],
    ['kids ringing my doorbell and running off all evening', 'rowdy-behaviour'],
    ['someone is living in the bin store', 'rowdy-behaviour'],
  ])('a neighbourhood nuisance is not read as a repair: "%s"', (text, category) => {
    const c = classify(text);
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe(category);
  });
});
