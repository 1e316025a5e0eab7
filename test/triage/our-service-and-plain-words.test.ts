// Rules from the eighth round of issue 16 (set M, after its one blind run, as the development
// set), each checked on wordings of our own with the near misses that must not move: real
// words left as written, suggestions said plainly, our own staff and teams as the subject,
// a threat with its condition first, abuse shouted at passers-by, a knock at the door during
// an emergency, oxygen that is not hot water, and a housing need that is not a hate incident.
import { describe, expect, it } from 'vitest';
import { wordsNormaliseAlters } from '../../eval/protect-words.js';
import { classify } from '../../src/triage/classify.js';
import { normalise } from '../../src/triage/normalise.js';

describe('real words are left as written', () => {
  it.each([
    ['id rather talk to a person', 'rather'],
    ['i explained it to the man on the phone', 'explained'],
    ['nobody has even rung me', 'even'],
    ['i left it here for you', 'here'],
    ['the workmen left at 3', 'workmen'],
    ['i thought it was fixed', 'thought'],
  ])('"%s" keeps "%s"', (text, word) => {
    expect(normalise(text).split(' ')).toContain(word);
  });

  it('no common English word (SCOWL sizes 10 to 35) is "corrected" unless a spelling maps it on purpose', () => {
    // When this fails, the vocabulary has grown: run `npx tsx eval/protect-words.ts`.
    expect(wordsNormaliseAlters()).toEqual([]);
  });

  it('misspellings are still read', () => {
    expect(normalise('the boyler is leeking in the kichen')).toBe('the boiler is leaking in the kitchen');
  });

  it('"id rather" is not rats', () => {
    expect(classify('id rather speak to someone on the phone').repair).toBeNull();
  });
});

describe('suggestions said plainly are comments', () => {
  it.each([
    'the play area could do with some benches for the mums',
    'saw the new bins going in, maybe some for recycling too',
    'weekend repairs would help people who work all week',
    'the newsletter should be sent by email too',
    'not a complaint just saying the website is slow on phones',
    'why not try a text before you come round',
  ])('"%s"', (text) => {
    expect(classify(text).kind).toBe('comment');
  });

  it.each(['my kitchen tap is dripping, could do with a new washer', 'the lift is broken again, it should be fixed by now too'])(
    'a fault is not a comment: "%s"',
    (text) => {
      expect(classify(text).kind).toBe('repair');
    },
  );
});

describe('our own staff, teams and systems as the subject', () => {
  it.each([
    'the asb team never got back to me, 4 months of diaries for nothing and nobody has even rung',
    'the inspector told me the mould was my own fault for not opening windows',
    'you marked the job as complete but the toilet still wont flush',
    'your operative smoked in my hallway and didnt put dust sheets down',
    'one of your staff gave my phone number to the people next door',
    'charged me £60 for the door your contractor broke, not paying it',
    'you keep sending letters to my old address',
    'the joiner fitted the door and left it in a state, sawdust everywhere',
  ])('is a complaint: "%s"', (text) => {
    expect(classify(text).kind).toBe('complaint');
  });

  it.each([
    ['the asb officer actually listened to me for once, thank you', 'compliment'],
    ['i want to report antisocial behaviour from the flat above', 'asb'],
  ])('"%s" is %s', (text, kind) => {
    expect(classify(text).kind).toBe(kind);
  });

  it('a neighbour who smokes is not our staff', () => {
    expect(classify('next door smoked in the communal hallway again').kind).not.toBe('complaint');
  });

  it('nobody listening is not praise', () => {
    expect(classify('the asb officer never really listened to me').kind).not.toBe('compliment');
  });
});

describe('threats, abuse and knocks at the door', () => {
  it.each(['if you complain about my dog again ill smash your windows', 'lad next door said if i report him hes going to torch my car'])(
    'a threat with its condition first: "%s"',
    (text) => {
      const c = classify(text);
      expect(c.kind).toBe('asb');
      expect(c.asb?.category.id).toBe('threats');
    },
  );

  it('a worry about reporting is not a threat', () => {
    expect(classify('if i report him ill get in trouble with his family wont i').asb?.category.id).not.toBe('threats');
  });

  it('abuse shouted at everyone who passes is verbal abuse', () => {
    const c = classify('the woman at number 4 yells abuse at anyone who walks by her gate');
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe('verbal-abuse');
  });

  it('a neighbour knocking during an emergency in the home is raising the alarm', () => {
    const c = classify('water pouring through my kitchen ceiling and i cant turn it off, the neighbour is banging on my door');
    expect(c.kind).toBe('repair');
    expect(c.repair?.tier).toBe('emergency');
  });

  it('a threat to kill inside a couple, heard through the wall, raises domestic abuse with the danger', () => {
    const c = classify('the couple upstairs are fighting again, lots of banging, shes crying and he keeps shouting hes going to kill her');
    expect(c.kind).toBe('asb');
    expect(c.safety.map((s) => s.id)).toEqual(expect.arrayContaining(['danger-to-life', 'domestic-abuse']));
    // Near miss: a threat between strangers is not domestic abuse.
    expect(classify('lads outside shouting theyre going to kill him').safety.map((s) => s.id)).not.toContain('domestic-abuse');
  });

  it('knocking night after night is still harassment', () => {
    const c = classify('he keeps banging on my door every night at 2am');
    expect(c.kind).toBe('asb');
  });
});

describe('oxygen is not hot water, and a housing need is not hate', () => {
  it('no power with an oxygen machine on the mains is an emergency for the electrics', () => {
    const c = classify('no power in the flat and my husbands oxygen concentrator needs the mains, the spare cylinder wont last the night');
    expect(c.repair?.issue.area).toBe('electrics');
    expect(c.repair?.tier).toBe('emergency');
  });

  it('a hot water cylinder leaking is still one', () => {
    expect(classify('the hot water cylinder in the airing cupboard is leaking').repair?.issue.id).toBe('hot-water-cylinder-leak');
  });

  it('a move asked for because of a disability is not a hate incident', () => {
    expect(classify('i need a ground floor flat because of my disability').asb?.category.id).not.toBe('hate-incident');
  });

  it('abuse because of a disability is', () => {
    expect(classify('the lads on the corner mock me because of my disability').asb?.category.id).toBe('hate-incident');
  });
});

describe('nuisance done by people or their animals, beside a repair word', () => {
  it.each([
    ['the people upstairs throw their rubbish off the balcony onto our path', 'litter'],
    ['the entry behind our houses is full of mattresses and bin bags again', 'fly-tipping'],
    ['the dog from number 9 squeezed under the gate and went for my little girl', 'nuisance-pets'],
    ['kids wrote something vile on the wall of the bin store', 'graffiti'],
  ])('"%s" is ASB (%s)', (text, category) => {
    const c = classify(text);
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe(category);
  });

  it.each(['the balcony rail is loose', 'the gate is hanging off and the dog keeps getting out', 'the wall of the bin store is cracked'])(
    'a fault alone stays a repair: "%s"',
    (text) => {
      expect(classify(text).kind).toBe('repair');
    },
  );
});
