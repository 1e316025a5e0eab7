// ASB categories and everyday behaviour that is not ASB, on tenant-style text and on the
// headings landlords use in their own ASB grading lists.
import { describe, expect, it } from 'vitest';
import { ASB_CATALOGUE } from '../../src/triage/asb-catalogue.js';
import { matchAsb } from '../../src/triage/asb-matcher.js';
import { classify } from '../../src/triage/classify.js';
import { detectNotAsb, NOT_ASB_EXPLANATIONS } from '../../src/triage/not-asb.js';
import { isGsm7Basic } from '../../dialogs/gsm7.js';
import { ASB_CATEGORY_IDS, type AsbCategoryId } from '../../src/triage/triage.types.js';

const TENANT_REPORTS: [string, AsbCategoryId][] = [
  ['party music next door every weekend til 4am', 'noise'],
  ['drug dealing outside my flat', 'drugs'],
  ['kids throwing stones at my windows', 'criminal-damage'],
  ['neighbour shouting racist abuse at me', 'hate-incident'],
  ['he threatened to stab me', 'threats'],
  ['someone dumped a mattress by the bins', 'fly-tipping'],
  ['dog mess all over the stairs', 'dog-fouling'],
  ['graffiti on the garages', 'graffiti'],
  ['dogs barking all day', 'nuisance-pets'],
  ['motorbikes racing round the estate', 'nuisance-vehicles'],
  ['upstairs blasting bass at 2am AGAIN 😡', 'noise'],
  ['the flat above have parties every nite, cant sleep', 'noise'],
  ['stinks of weed in the hallway every evening', 'drugs'],
  ['people coming n going all hours from no 12, think theyre dealing', 'drugs'],
  ['found needles on the stairs by the lift', 'drugs'],
  ['youths hanging round the stairwell smoking and drinking', 'rowdy-behaviour'],
  ['gang of lads in the bin store every night causing trouble', 'rowdy-behaviour'],
  ['someone keyed my car and slashed the tyres', 'criminal-damage'],
  ['kids have smashed the bus shelter and the lights in the car park', 'criminal-damage'],
  ['she told me shed burn my car if I reported her', 'threats'],
  ['the man opposite keeps banging on my door at night', 'harassment'],
  ['car with no number plates left in the car park for weeks', 'nuisance-vehicles'],
  ['they called me a p*** and told me to go back to my own country', 'hate-incident'],
  ['neighbour keeps making homophobic comments about me and my partner', 'hate-incident'],
  ['the man at no 4 keeps swearing at me whenever i go out', 'verbal-abuse'],
  ['shes always shouting at my kids and calling them names', 'verbal-abuse'],
  ['my neighbour keeps following me and filming me on his phone', 'harassment'],
  ['neighbour has been harassing us for months', 'harassment'],
  ['bloke downstairs said he will batter me if i complain again', 'threats'],
  ['my ex keeps turning up and banging on the door', 'domestic-abuse'],
  ['there was a fight on the green, one lad got punched to the floor', 'violence'],
  ['abandoned car with no tax been outside for weeks', 'nuisance-vehicles'],
  ['quad bikes tearing up the field behind the flats', 'nuisance-vehicles'],
  ['neighbours dog got out again and went for my little boy', 'nuisance-pets'],
  ['they leave their dog on the balcony howling for hours', 'nuisance-pets'],
  ['people not picking up after their dogs on the green', 'dog-fouling'],
  ['someones left an old sofa and bags of rubbish in the alley', 'fly-tipping'],
  ['rubbish bags piling up outside their door attracting rats', 'litter'],
  ['their garden is full of rubbish and overgrown', 'litter'],
  ['someone sprayed tags all over the lift doors', 'graffiti'],
];

// Headings of the kind landlords put in their ASB grading lists.
const GRADING_LIST_HEADINGS: [string, AsbCategoryId][] = [
  ['Domestic abuse', 'domestic-abuse'],
  ['Hate crime and hate incidents', 'hate-incident'],
  ['Physical violence', 'violence'],
  ['Threats of violence', 'threats'],
  ['Harassment', 'harassment'],
  ['Verbal abuse', 'verbal-abuse'],
  ['Criminal damage / vandalism', 'criminal-damage'],
  ['Drug dealing or drug use', 'drugs'],
  ['Noise nuisance', 'noise'],
  ['Rowdy behaviour', 'rowdy-behaviour'],
  ['Alcohol related ASB', 'rowdy-behaviour'],
  ['Abandoned vehicles', 'nuisance-vehicles'],
  ['Pets and animal nuisance', 'nuisance-pets'],
  ['Fly-tipping', 'fly-tipping'],
  ['Litter', 'litter'],
  ['Graffiti', 'graffiti'],
  ['Dog fouling', 'dog-fouling'],
  ['Untidy gardens', 'litter'],
  ['Inconsiderate or obstructive parking', 'nuisance-vehicles'],
  ['Rough sleeping in communal areas', 'rowdy-behaviour'],
  ['Misuse of alcohol', 'rowdy-behaviour'],
  ['Slamming doors', 'noise'],
  ['Problems caused by pets and animals', 'nuisance-pets'],
  ['Malicious communications', 'harassment'],
  ['DIY at unsociable hours', 'noise'],
  ['Gangs of youths congregating', 'rowdy-behaviour'],
];

const NOT_ASB: [string, string][] = [
  ['my neighbour hangs her washing out on the shared line every day', 'washing-line'],
  ['next door put up a massive satellite dish', 'satellite-dish'],
  ['the smell of their cooking comes in my flat', 'cooking-smells'],
  ['kids playing football in the street after school', 'children-playing'],
  ['i can hear them walking about upstairs, footsteps all the time', 'household-noise'],
  ['baby next door crying', 'household-noise'],
  ['can hear the toilet flushing through the wall', 'household-noise'],
  ['next door drilling on a saturday afternoon', 'diy-daytime'],
  ['they had a birthday party last saturday', 'one-off-party'],
  ['neighbours having a bbq and its a bit loud', 'one-off-party'],
  ['the man opposite parks outside my house every day', 'parking'],
  ['someone keeps parking in my space on the street', 'parking'],
  ['neighbour smokes in his back garden and it comes in my window', 'smoking-own-home'],
  ['they leave their bins out on the wrong day', 'bins'],
  ['next doors cat keeps coming in my garden', 'pets-normal'],
  ['they work nights and come home late', 'different-lifestyle'],
  ['their tree is overhanging my garden', 'boundary-trees'],
];

const REAL_ASB_NOT_EXPLAINED_AWAY: string[] = [
  'neighbour plays music til 4am every night',
  'kids playing football against my car and dented it',
  'next door drilling at 2am every night',
  'they have parties every weekend til 5am',
  'neighbour smoking weed on the stairs',
  'someone dumped their bins and a mattress by my gate',
  'kids playing out at midnight screaming and throwing eggs',
  'their dog barks all day and all night when they go out',
];

describe('matchAsb via classify on tenant reports', () => {
  it.each(TENANT_REPORTS)('%s -> %s', (text, id) => {
    expect(classify(text).asb?.category.id).toBe(id);
  });
});

describe('matchAsb on grading-list headings', () => {
  it.each(GRADING_LIST_HEADINGS)('%s -> %s', (text, id) => {
    expect(classify(text).asb?.category.id).toBe(id);
  });
});

describe('matchAsb finds nothing in ordinary repair text', () => {
  it.each([
    'boiler making a loud banging noise',
    'crack in the bathroom ceiling',
    'my boiler pressure keeps dropping',
    'pipes knocking when the heating comes on',
    'leaking joint under the sink',
  ])('%s', (text) => {
    expect(classify(text).asb).toBeNull();
  });
});

describe('detectNotAsb explains everyday behaviour', () => {
  it.each(NOT_ASB)('%s -> %s', (text, id) => {
    const c = classify(text);
    expect(c.notAsb?.id).toBe(id);
    expect(c.kind).toBe('asb');
    expect(c.asb).toBeNull();
  });
});

describe('detectNotAsb never swallows real ASB', () => {
  it.each(REAL_ASB_NOT_EXPLAINED_AWAY)('%s', (text) => {
    const c = classify(text);
    expect(c.notAsb).toBeNull();
    expect(c.asb).not.toBeNull();
  });
});

describe('catalogues', () => {
  it('has one ASB entry per category id, with a GSM-7 label', () => {
    expect(ASB_CATALOGUE.map((e) => e.id).sort()).toEqual([...ASB_CATEGORY_IDS].sort());
    for (const e of ASB_CATALOGUE) expect(isGsm7Basic(e.label)).toBe(true);
  });

  it('writes every not-ASB explanation in GSM-7 within two segments', () => {
    for (const text of Object.values(NOT_ASB_EXPLANATIONS)) {
      expect(isGsm7Basic(text)).toBe(true);
      expect(text.length).toBeLessThanOrEqual(306);
    }
  });

  it('matchAsb and detectNotAsb take plain normalised text too', () => {
    expect(matchAsb('graffiti on the garages')?.category.id).toBe('graffiti');
    expect(detectNotAsb('washing line')?.id).toBe('washing-line');
    expect(matchAsb('')).toBeNull();
    expect(detectNotAsb('')).toBeNull();
  });
});
