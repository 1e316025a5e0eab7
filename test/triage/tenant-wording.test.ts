// Rules from the sixth round of issue 16 (blind set I as the development set), each checked
// on wordings of our own, with the near misses that must not move: threats said with the
// apostrophe lost or tied to reporting, praise for work done, our service failing in the
// ways tenants put it, damage done by people to things outside the home, everyday noise only
// when someone else makes it, and water the tenant could not stop.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/triage/classify.js';

const kindOf = (text: string) => classify(text).kind;

describe('threats and attacks in tenants words', () => {
  it.each([
    'his lad said hell smash our windows in',
    'she texted me saying shell batter me when she sees me',
    'the man at 12 says hes going to hurt my mum if she reports him again',
    'note through the door said well get you for this',
    'her boyfriend came at my son with a golf club',
  ])('is a report of threats or violence: "%s"', (text) => {
    const c = classify(text);
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe('threats');
  });

  it.each(['well do you know when the plumber is coming', 'they said well get you booked in for tuesday', 'ill put my dog in the garden when the man comes'])(
    'is not a threat: "%s"',
    (text) => {
      expect(classify(text).asb?.category.id).not.toBe('threats');
    },
  );
});

describe('praise for work done is a compliment, even naming the repair', () => {
  it.each([
    'thank you for fix the radiator so quick',
    'thanks to the joiner who came yesterday, back door shuts lovely now',
    'the woman on the phone was so patient with me when i rang about the damp',
    'they replaced the fence really quickly, cheers',
  ])('"%s"', (text) => {
    expect(kindOf(text)).toBe('compliment');
  });

  it.each([
    ['the officer was very helpful but the boiler is still broken', 'compliment', 'not'],
    ['pipe burst under the sink please come quickly', 'repair', 'is'],
    ['would be grateful if someone could come to fix my boiler', 'repair', 'is'],
  ])('but "%s" %s a %s', (text, kind, how) => {
    if (how === 'not') expect(kindOf(text)).not.toBe(kind);
    else expect(kindOf(text)).toBe(kind);
  });
});

describe('our own service failing is a complaint', () => {
  it.each([
    'repairs told me to ring the council, the council told me to ring repairs, nobody sorts my fence',
    'the plasterer has made the wall look worse than before he started',
    'sat 40 minutes on hold then got cut off',
    'fourth time someone has come to fix the shower and every time they say its done',
    'felt fobbed off by the officer about the mould',
    'the lads what done the roof left the old bits and broken tiles all over my garden',
  ])('"%s"', (text) => {
    expect(kindOf(text)).toBe('complaint');
  });

  it('a fault that is back is still a repair first, with the dissatisfaction noted', () => {
    const c = classify('not happy with the repair to my kitchen tap, its dripping again');
    expect(c.kind).toBe('repair');
  });
});

describe('damage done by people to things outside the home is ASB', () => {
  it.each([
    ['somebodys slashed both tyres on my van', 'criminal-damage'],
    ['my hanging baskets pulled down and the plant pots smashed again', 'criminal-damage'],
    ['someone kicked the bike store door in last night', 'criminal-damage'],
  ])('"%s"', (text, category) => {
    const c = classify(text);
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe(category);
  });

  it('a home left open by the same kind of damage is an emergency repair', () => {
    const c = classify('someone kicked my front door in last night and now it wont lock');
    expect(c.kind).toBe('repair');
    expect(c.repair?.tier).toBe('emergency');
  });

  it('knocking on a door and running off, night after night, is a nuisance report', () => {
    const c = classify('kids keep knocking her door and running off, 10 times a night');
    expect(c.kind).toBe('asb');
  });
});

describe('everyday noise is noise only when someone else makes it', () => {
  it.each(['no hot water so we are having to boil the kettle to bath the baby', 'bedroom window fell out of the frame onto the path, just a hole now'])(
    'a repair, not a neighbour matter: "%s"',
    (text) => {
      const c = classify(text);
      expect(c.kind).toBe('repair');
      expect(c.notAsb).toBeNull();
    },
  );

  it('asked about, normal living noise is a question; said to be fine, a comment', () => {
    expect(kindOf('can hear them next door talking through the wall, just normal, can anything be done about soundproofing?')).toBe('enquiry');
    expect(kindOf('can hear the kids upstairs running about after school, not complaining, theyre just living')).toBe('comment');
  });
});

describe('manners and suggestions', () => {
  it('thanks that close a question leave it a question', () => {
    expect(kindOf('could you tell me when the rent goes up in april please. thank you')).toBe('enquiry');
  });

  it.each(['be nice if the bins were moved away from the bedroom windows', 'maybe let the residents choose the colour when the hallway gets painted'])(
    'a suggestion is a comment: "%s"',
    (text) => {
      expect(kindOf(text)).toBe('comment');
    },
  );
});

describe('water the tenant could not stop, and workarounds', () => {
  it.each([
    'water coming from under the sink, the stopcock is seized and i cant shift it',
    'put buckets down but they cant keep up, water coming through the bedroom ceiling',
  ])('is an emergency: "%s"', (text) => {
    expect(classify(text).repair?.tier).toBe('emergency');
  });

  it('the only toilet flushed with a bucket is urgent, not an emergency', () => {
    expect(classify('only toilet wont flush, we fill a bucket from the bath to flush it').repair?.tier).toBe('urgent');
  });

  it.each(['can the bathroom go on the list to be replaced, its dated but works', 'would it be possible to have an extra socket put in the bedroom'])(
    'a request for something new, nothing broken, is planned: "%s"',
    (text) => {
      expect(classify(text).repair?.tier).toBe('planned');
    },
  );
});

describe('falls, homes left open and a way out lost are emergencies', () => {
  it.each([
    'window restrictor snapped on our 5th floor flat and the grandkids stay weekends',
    'balcony rail come loose, we are on the 7th floor',
    'bedroom window blew out of its frame in the storm, theres just a hole now',
    'lift broken since monday, im in a wheelchair on the 9th floor and cant get out',
    'bath upstairs overflowed and its coming through our ceiling like a waterfall',
  ])('"%s"', (text) => {
    expect(classify(text).repair?.tier).toBe('emergency');
  });

  it('a lift out with nobody cut off stays urgent', () => {
    expect(classify('lift in our block is out of order again').repair?.tier).toBe('urgent');
  });
});

describe('what lowers a tier is read as carefully', () => {
  it.each([
    ['no hot water in the kitchen tap but its hot everywhere else', 'routine'],
    ['toilet handle came off but i can still flush it with the lever', 'routine'],
    ['not leaking any more but theres a brown stain on the ceiling', 'routine'],
    ['light on the landing flickers, not urgent, whenever you can', 'routine'],
    ['could we have the old storage heaters swapped for gas central heating', 'planned'],
    ['please add us to the re-roofing programme, the tiles are original', 'planned'],
  ])('"%s" is %s', (text, tier) => {
    expect(classify(text).repair?.tier).toBe(tier);
  });
});

describe('abuse and threats in what a neighbour or a victim sees', () => {
  it.each([
    ['lady next door had a black eye again, says she walked into a door, shes scared of him', 'domestic-abuse'],
    ['my partner took my phone and wont let me go out', 'domestic-abuse'],
    ['her boyfriend takes her bank card and all her money', 'domestic-abuse'],
    ['someone left a note saying they know where my daughter works', 'threats'],
    ['neighbour has pointed his doorbell camera straight into our bathroom window', 'harassment'],
  ])('"%s"', (text, category) => {
    const c = classify(text);
    expect(c.kind).toBe('asb');
    expect(c.asb?.category.id).toBe(category);
  });
});
