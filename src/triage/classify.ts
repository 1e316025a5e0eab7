// The one entry point for free text: what is the tenant telling us? It reads the message
// once (normalise), asks each specialist (safety, repairs, ASB, not-ASB, kind cues) and
// decides the kind. It knows nothing of any landlord; triage.ts turns the answer into
// this landlord's priority, grade and dates.
//
// How the kind is decided, in order (first rule that applies wins). Who or what the text
// is about is read before any repair noun decides, and risk comes before everything else:
//  1. An MP or councillor writing for a resident: 'representative-enquiry'.
//  2. Personal ASB (domestic abuse, hate, violence, threats, harassment): 'asb', whatever
//     else the text says ("...if i complain again", "i want to escalate this"). Only a gas,
//     carbon monoxide or water-on-electrics danger in the home comes first.
//  3. Gas, carbon monoxide, water on electrics or fire: 'repair' (an emergency make-safe
//     job), with the catalogue's matching issue when it is an emergency one, else the
//     danger's own emergency issue. Fire set by people with no home left unsafe ("lads
//     keep setting fires by the garages") is ASB.
//  4. Self-harm or a danger to life with nothing else named: 'unknown' (a person takes over).
//  5. An explicit complaint about us ("I want to make a complaint", "stage 2"):
//     'complaint'. A "complaint about my neighbour" is an ASB report and falls through.
//     Self-harm beside a non-emergency repair and unhappiness with us: 'complaint'.
//  6. Our own service failed (kind-cues `serviceFailure`: a missed appointment, mess left
//     after a job, calls not returned, a workman's conduct, how long a repair took):
//     'complaint', even when a repair is named; the repair stays on the classification.
//  7. Clear praise with nothing still wrong: 'compliment' (even naming a repair). A short
//     message saying the problem is over: 'compliment' or 'comment'.
//  8. Everyday neighbour behaviour that is not ASB (washing lines, appliances, shift
//     workers): `notAsb` set; 'comment' when the tenant says it is normal, 'enquiry' when
//     they ask whether it is allowed, else 'asb' (explained kindly, no case opened).
//  9. A question about an appointment, or a request for a person: 'enquiry'.
// 10. A suggestion ("would be good if", "why not", "could you put"): 'comment', unless it
//     also reports a fault.
// 11. A question about a service the repair catalogue also knows: 'enquiry'.
// 12. A repair and an ASB category together: personal ASB and damage done by people are
//     'asb' (the repair goes on in `others`), unless the damage left the home open (a
//     break-in, a door or ground-floor window that will not secure): 'repair'. Any other
//     ASB wins when its cue is clear, someone else is named, or the repair is only hinted.
// 13. A repair: 'repair'. 14. ASB or a general mention of it: 'asb'.
// 15. Otherwise: greeting 'unknown'; asking whose job it is 'enquiry'; service failure or
//     dissatisfaction 'complaint'; a
//     request for a person 'enquiry'; thanks 'compliment'; a suggestion 'comment'; a
//     question 'enquiry'; unhappy words 'complaint'; else 'unknown'.
// The repair's tier is weighed (severity.ts); who is in the home (vulnerability.ts) and
// every further problem in the text (others.ts) come back with it.
// Safety hits are never dropped: they come back in `safety` whatever the kind.
import { asbEntry } from './asb-catalogue.js';
import { READING_BREAK, phrase, readingOf } from './reading.js';
import { matchAsb, mentionsAsb } from './asb-matcher.js';
import { readKindCues } from './kind-cues.js';
import { normalise } from './normalise.js';
import { detectNotAsb } from './not-asb.js';
import { findIssue, matchRepair, scoreIssues } from './repair-matcher.js';
import { findOthers, mainFromParts, readParts } from './others.js';
import { detectSafety, threatByPerson } from './safety.js';
import { namesActiveFault, weighSeverity } from './severity.js';
import { detectSafeContact, detectVulnerabilities } from './vulnerability.js';
import { SAFETY_ADVICE } from '../../dialogs/safety.copy.js';
import { secondOpinion } from './opinion/second-opinion.js';
import { type AsbMatch, type Classification, type Kind, PERSONAL_ASB, type RepairMatch, type SafetyId, type Vulnerability } from './triage.types.js';

/** Dangers that are about the fabric or services of the home: an emergency repair. */
const REPAIR_DANGERS: readonly SafetyId[] = ['gas', 'carbon-monoxide', 'water-electrics', 'fire'];
/** Issue ids to fall back on when the repair matcher did not name one for a danger. */
const DANGER_ISSUES: Partial<Record<SafetyId, string[]>> = {
  gas: ['gas-leak'],
  'carbon-monoxide': ['co-alarm-sounding', 'gas-leak'],
  'water-electrics': ['water-through-light', 'dangerous-electrics'],
  fire: ['dangerous-electrics', 'fire-damage'],
};
/**
 * Repairs that are dangers in themselves. Only water on electrics: the gas and carbon
 * monoxide rules in safety.ts weigh negations ("no smell now", "gas bill") more carefully
 * than a repair match can, so they alone decide those.
 */
const IMPLIED_DANGER: Readonly<Record<string, SafetyId>> = {
  'water-through-light': 'water-electrics',
};
/** Below this a repair match is a stray word ("always keeps the stairs clean"), not a problem named. */
const NAMED_REPAIR = 0.8;
/** Jobs that make a home secure again: damage by a person that leaves the home open is an emergency repair first. */
const SECURING = new Set(['break-in', 'boarding-up', 'external-door-insecure', 'window-insecure-ground', 'door-glass-broken', 'window-insecure']);
/** An ASB score this high is a clear cue, not a hint. */
const CLEAR_ASB = 1;
/** A couple, or a man and a woman, named in one text ("couple next door", "he ... her"); a named partner is safety.ts's to weigh. */
const COUPLE = /\bcouple\b|\b(?:he|him|hes|his|man)\b.*\b(?:she|her|shes|woman)\b|\b(?:she|her|shes|woman)\b.*\b(?:he|him|hes|his|man)\b/;
/** A fault we said was fixed that has come back. */
const FAILED_AGAIN = phrase('(?:broke|broken|gone|packed up|stopped|off|leaking|not working) again|again (?:today|now|this morning|tonight)');
const EXPLICIT_ASB = phrase('(?:anti ?social|antisocial|asb)');
/** Someone other than the tenant is doing it: a neighbour report, not a fault in the home. */
/** Damage to something outside the home (a bin store, a shed, a car): vandalism, however it was done, not a home left open. */
const OUTSIDE_THE_HOME = phrase(
  '(?:bin (?:store|shed|room|area|cupboard)|bike (?:store|shed)|bottle bank|garages?|sheds?|car|cars|van|bus shelter|play area|playground|phone box|notice ?board)',
);
const OTHER_PERSON = phrase(
  '(?:neighbou?rs?|next door|nextdoor|next doors|upstairs|downstairs|opposite|across the (?:road|street|landing)|they|them|their|theyre|he|she|his|her|hes|shes|kids|children|youths|people|someone|somebody|man|woman|men|women|family|lad|lads|tenants?|through the walls?|through the ceiling|through the floor|can hear)',
);

function fallbackIssue(safety: SafetyId, normalised: string): RepairMatch | null {
  let ids = DANGER_ISSUES[safety] ?? [];
  // A fire with no electrics named ("smoke pouring out of the flat below") is not a wiring job.
  if (safety === 'fire' && !scoreIssues(normalised).some((r) => r.id === 'dangerous-electrics')) {
    ids = ids.filter((id) => id !== 'dangerous-electrics');
  }
  for (const id of ids) {
    const issue = findIssue(id);
    if (issue) return { issue, score: 1, alternatives: [], location: null, tier: issue.tier, because: [], answered: false };
  }
  return null;
}

/**
 * A danger to the home is an emergency make-safe job whatever else the message names: a
 * boiler that "is making us dizzy" is a carbon monoxide job, not an urgent boiler repair.
 * The repair the words named stays as the first alternative. Electrics that the safety
 * rules flag (a socket hanging off the wall) keep their own issue and its question.
 */
function emergencyFor(danger: SafetyId, repair: RepairMatch | null, normalised: string): RepairMatch | null {
  if (!repair) return fallbackIssue(danger, normalised);
  if (repair.issue.tier === 'emergency') return repair;
  if (danger === 'water-electrics' && repair.issue.area === 'electrics') return repair;
  const fallback = fallbackIssue(danger, normalised);
  if (!fallback) return repair;
  return {
    ...fallback,
    alternatives: [{ issueId: repair.issue.id, score: repair.score }, ...repair.alternatives].slice(0, 3),
    location: repair.location,
  };
}

/**
 * A danger the tenant says is not there ("its nowhere near the light", "no sockets near
 * it"): the words are not read as naming it. Only a denial that names the thing goes.
 */
const DENIED_NEAR =
  /\b(?:nowhere|no where|not|isnt|isn't|is not|aint|ain't)\s+(?:anywhere\s+)?near\s+(?:the\s+|any\s+|a\s+)?(?:light fittings?|lights?|electrics?|electricals?|sockets?|switch(?:es)?|plugs?|wiring|fuse ?box)\b|\bno\s+(?:lights?|electrics?|sockets?|switch(?:es)?|plugs?|wiring)\s+(?:near|by|under|around|close to)\s+(?:it|there|where)\b/gi;

// Health the tenant says nobody in the home has ("no one has breathing problems, just want
// it treated"): not read as a reason to raise the tier or as a vulnerable household.
const DENIED_HEALTH =
  /\b(?:no ?one|noone|nobody|no body|none of us|neither of us)(?:'s|s)?\s+(?:here\s+|in the (?:house|flat|home)\s+)?(?:has|have|has got|is|are|got|with|suffers?\s+(?:from|with))\s+(?:any\s+)?(?:breathing problems?|asthma|health (?:problems?|issues|conditions?)|chest problems?|a cough|coughs?|lung problems?|ill|poorly|sick|vulnerable)\b|\bno\s+(?:health|breathing|medical|chest)\s+(?:problems?|issues?|conditions?)\b/gi;

export function classify(text: string): Classification {
  const told = typeof text === 'string' ? text : '';
  const raw = told.replace(DENIED_NEAR, ' ').replace(DENIED_HEALTH, ' ');
  const normalised = normalise(raw);
  // The cue matchers read the normaliser's words and the tenant's own (readingOf): a
  // spelling correction may add a cue but can never hide a danger. Repairs read the
  // normaliser's words only, as the repair catalogue is written in its vocabulary.
  const reading = readingOf(normalised, raw);
  const safety = detectSafety(reading);
  const safetyIds = new Set(safety.map((s) => s.id));
  const vulnerabilities = detectVulnerabilities(reading);
  // A text with several facts is also read part by part: to keep every problem (others) and
  // so that words from two different jobs are not paired into a third.
  const parts = readParts(raw);
  let repair = mainFromParts(weigh(matchRepair(normalised), reading, vulnerabilities), parts, (m) => weighSeverity(m, reading, vulnerabilities));
  let asb: AsbMatch | null = matchAsb(reading);
  const cues = readKindCues(reading);

  // Everyday behaviour explained away: a weak or covered ASB hint gives way to it.
  let notAsb = detectNotAsb(reading);
  if (notAsb) asb = null;

  // Domestic abuse is always an ASB case, even if the words only reached the safety rules.
  if (safetyIds.has('domestic-abuse') && asb?.category.id !== 'domestic-abuse' && !(asb && asb.category.id === 'hate-incident')) {
    const entry = asbEntry('domestic-abuse');
    asb = { category: { id: entry.id, label: entry.label }, score: Math.max(1, asb?.score ?? 0) };
  }

  // So is a threat or an attack by a person ("said my face is next", "a man outside with a
  // hammer"): the 999 advice goes, and the report is graded as the landlord grades threats.
  // A spoken threat outranks the nuisance or damage that came with it; an attack or a weapon
  // with nothing else named is a threats report too ("a man outside with a hammer").
  const threat = threatByPerson(reading);
  if (threat && !safetyIds.has('self-harm') && !(asb && PERSONAL_ASB.includes(asb.category.id)) && (threat === 'threat' || asb === null)) {
    const entry = asbEntry('threats');
    asb = { category: { id: entry.id, label: entry.label }, score: Math.max(1, asb?.score ?? 0) };
  }

  // One knock or bang at the door while the home has an emergency ("pipe burst, water
  // everywhere, downstairs banging on my door") is a neighbour raising the alarm, not
  // harassment: that takes a pattern ("every night", "keeps") or a threat, which score higher.
  if (asb?.category.id === 'harassment' && asb.score < CLEAR_ASB && repair?.tier === 'emergency' && !threat) asb = null;

  const asbOnly = asb !== null && repair === null;
  const dissatisfaction =
    cues.complaint && !cues.complaintAboutNeighbour
      ? true
      : cues.dissatisfied || cues.serviceFailure || cues.complaintProcess || (cues.mood && !asbOnly && !notAsb);

  let kind: Kind;
  const repairDanger = REPAIR_DANGERS.find((id) => safetyIds.has(id));
  const personalAsb = asb !== null && PERSONAL_ASB.includes(asb.category.id);
  // Fire set by people ("lads keep setting fires in the garages"), with no home left unsafe: ASB.
  const arson = repairDanger === 'fire' && asb?.category.id === 'criminal-damage' && (repair === null || !SECURING.has(repair.issue.id));
  // A danger to the tenant's own life with no emergency in the home: the repair does not decide the kind.
  const selfHarmFirst = (safetyIds.has('self-harm') || safetyIds.has('danger-to-life')) && !repairDanger && repair !== null && repair.tier !== 'emergency';
  const namedRepair = repair !== null && repair.score >= NAMED_REPAIR;
  // An emergency the household is living through now ("broke again, no heating, my son is
  // disabled") is reported first, even beside a complaint about how we handled it: the
  // dissatisfaction stays on the classification, so the repair still offers the complaint.
  const emergencyNow = namedRepair && repair?.tier === 'emergency' && namesActiveFault(reading) && (!cues.resolved || FAILED_AGAIN.test(reading));

  if (cues.representative) {
    kind = 'representative-enquiry';
  } else if (personalAsb && repairDanger !== 'gas' && repairDanger !== 'carbon-monoxide' && repairDanger !== 'water-electrics') {
    // Risk first: threats, violence, hate, harassment and abuse decide it, whatever else
    // the text says ("says hes going to smash my face in if i complain again").
    kind = 'asb';
  } else if (repairDanger && !arson) {
    // Every danger to the home is an emergency repair.
    kind = 'repair';
    repair = emergencyFor(repairDanger, repair, normalised);
  } else if ((safetyIds.has('self-harm') || safetyIds.has('danger-to-life')) && !repairDanger && !namedRepair && !asb) {
    // Risk first: self-harm or a danger to life with nothing else named is for a person to pick up.
    kind = 'unknown';
  } else if ((((cues.complaint || cues.complaintProcess) && !cues.complaintAboutNeighbour) || (cues.handling && !personalAsb)) && !emergencyNow) {
    kind = 'complaint';
  } else if (selfHarmFirst && (cues.dissatisfied || cues.serviceFailure || cues.mood)) {
    // "Cant take it anymore with this mould and nobody listening": the person and how we
    // handled it come first; the repair stays on the classification.
    kind = 'complaint';
  } else if (
    cues.serviceFailure &&
    cues.compliment < 2 &&
    (asb === null || asb.score < CLEAR_ASB || cues.aboutStaff) &&
    (!notAsb || cues.aboutStaff) &&
    safety.length === 0 &&
    (repair === null || repair.tier !== 'emergency' || cues.resolved || cues.aboutStaff) &&
    !emergencyNow
  ) {
    // About us, not a fault: a missed appointment, mess left after a job, calls not
    // returned, a workman's conduct, how long a repair took. The repair stays on the
    // classification (and in `others`), so it goes on.
    kind = 'complaint';
  } else if (isOverNow(cues, reading, repair, asb !== null || notAsb !== null, safety.length > 0)) {
    kind = cues.compliment > 0 ? 'compliment' : 'comment';
  } else if (isCompliment(cues, namedRepair || asb !== null, reading)) {
    kind = 'compliment';
  } else if (notAsb && (!repair || OTHER_PERSON.test(reading)) && !(repair?.tier === 'emergency' && namedRepair)) {
    // (An emergency named in the home is never explained away as everyday living: "kids play out there" on a loose balcony.)
    // Everyday living: asked about ("is that allowed?") it is a question; said to be
    // normal ("not his fault, just letting u know") it is a comment; otherwise the
    // neighbour report that gets the kind explanation and opens no case.
    kind = cues.permissionQuestion || raw.includes('?') ? 'enquiry' : cues.noFault ? 'comment' : 'asb';
  } else if ((cues.appointmentQuestion || (cues.personRequest && !cues.dissatisfied)) && repair?.tier !== 'emergency' && !asb) {
    // "Whens my appointment for the window man", "can i speak to a real person": a request, not a new report.
    kind = 'enquiry';
  } else if (
    cues.suggestion &&
    !cues.dissatisfied &&
    !asb &&
    (!repair || repair.tier === 'routine' || repair.tier === 'planned' || repair.score < NAMED_REPAIR || !namesActiveFault(reading))
  ) {
    // "Speed bumps would be good on our road": a suggestion, even when it names a thing.
    kind = 'comment';
  } else if (repair && cues.question && cues.enquiryTopic && !cues.dissatisfied && repair.score < 0.95) {
    // "Is my gas safety check due?": a question about a service, not a fault.
    kind = 'enquiry';
  } else if (repair && cues.dissatisfied && cues.serviceTalk && !asb && repair.score < 0.9) {
    // "Your repairs team has been shocking, 4 missed appointments": about us, not a fault.
    kind = 'complaint';
  } else if (repair && asb) {
    const id = asb.category.id;
    if (PERSONAL_ASB.includes(id)) kind = 'asb';
    else if (id === 'criminal-damage') kind = SECURING.has(repair.issue.id) && !OUTSIDE_THE_HOME.test(reading) ? 'repair' : 'asb';
    else kind = asb.score >= CLEAR_ASB || OTHER_PERSON.test(reading) || repair.score < NAMED_REPAIR ? 'asb' : 'repair';
  } else if (repair && EXPLICIT_ASB.test(reading)) {
    // "I want to report anti social behaviour": said outright, it is an ASB report.
    kind = 'asb';
  } else if (repair) {
    kind = 'repair';
  } else if (asb || notAsb || (mentionsAsb(reading) && !cues.enquiry)) {
    kind = 'asb';
  } else if (safetyIds.has('danger-to-life') || safetyIds.has('self-harm')) {
    kind = 'unknown';
  } else if (cues.filler) {
    kind = 'unknown';
  } else if (cues.whoseJob && !cues.serviceFailure && !cues.complaint) {
    // "Bins not emptied for 2 weeks, is that you or the council i ring?": asked whose job it is, before any complaint.
    kind = 'enquiry';
  } else if (cues.serviceFailure || cues.dissatisfied || (cues.complaint && !cues.complaintAboutNeighbour)) {
    kind = 'complaint';
  } else if (cues.personRequest || cues.appointmentQuestion) {
    kind = 'enquiry';
  } else if (cues.compliment === 1 && cues.question && cues.enquiry) {
    // "Could you advise whether my rent is going up? Thank you": thanks that close a question are manners.
    kind = 'enquiry';
  } else if (cues.compliment > 0 && !cues.suggestion) {
    kind = 'compliment';
  } else if (cues.comment || cues.suggestion || cues.overNow) {
    kind = 'comment';
  } else if (cues.enquiry) {
    kind = 'enquiry';
  } else if (cues.mood) {
    kind = 'complaint';
  } else {
    kind = 'unknown';
  }

  // A learned second opinion, weighed only where a mistake cannot put anyone at risk.
  const second = secondOpinion({
    text: raw,
    normalised,
    kind,
    repair,
    asb,
    notAsb,
    safety,
    dissatisfaction,
    representative: cues.representative,
    vulnerable: vulnerabilities.length > 0,
  });
  kind = second.kind;
  repair = second.repair;

  // The explanation belongs to a report or question about everyday neighbour behaviour.
  if (kind !== 'asb' && kind !== 'enquiry' && kind !== 'comment') notAsb = null;

  // A repair that is itself a danger ("water penetrating the electrics") gets that
  // danger's advice even when the safety rules missed the words.
  const implied = kind === 'repair' && repair ? IMPLIED_DANGER[repair.issue.id] : undefined;
  if (implied && !safetyIds.has(implied)) safety.push({ id: implied, advice: SAFETY_ADVICE[implied] });
  // A danger to life inside a couple ("couple next door screaming, hes gonna kill her"), told
  // by whoever heard it, is domestic abuse too: its helpline goes with the 999 advice.
  if (kind === 'asb' && asb?.category.id === 'domestic-abuse' && safetyIds.has('danger-to-life') && !safetyIds.has('domestic-abuse') && COUPLE.test(reading))
    safety.push({ id: 'domestic-abuse', advice: SAFETY_ADVICE['domestic-abuse'] });

  const others =
    kind === 'repair' || kind === 'asb' || kind === 'complaint'
      ? findOthers({
          raw,
          parts,
          mainRepair: namedRepair || kind === 'repair' ? repair : null,
          mainAsb: asb,
          mainKind: kind,
          weigh: (m, partReading) => weigh(m, partReading, vulnerabilities)!,
        })
      : [];

  return {
    text: told,
    normalised,
    kind,
    safety,
    repair,
    asb,
    notAsb,
    dissatisfaction: kind === 'complaint' ? true : dissatisfaction,
    representative: cues.representative,
    vulnerabilities,
    safeContact: detectSafeContact(reading),
    others,
    learned: second.learned,
  };
}

/** The weighed tier of a repair match (severity.ts). */
function weigh(match: RepairMatch | null, reading: string, vulnerabilities: Vulnerability[]): RepairMatch | null {
  return match ? weighSeverity(match, reading, vulnerabilities) : null;
}

/** Something still to do alongside a problem that is over: "the leak has stopped, also the door sticks". */
const STILL_MORE = phrase('(?:also|as well|another|too|other thing|and now|now the|now my|now there)');
/** Longer messages usually carry more than one matter: the "it is over" reading is for short ones. */
const OVER_NOW_MAX_WORDS = 30;

/** The tenant says the problem is over and asks for nothing. */
function isOverNow(cues: ReturnType<typeof readKindCues>, reading: string, repair: RepairMatch | null, asbNamed: boolean, danger: boolean): boolean {
  if (!cues.overNow || cues.dissatisfied || cues.question || danger) return false;
  if (!repair && !asbNamed) return false;
  if (repair && repair.issue.tier === 'emergency') return false;
  const first = reading.split(READING_BREAK)[0] ?? '';
  return !STILL_MORE.test(first) && first.trim().split(/\s+/).length <= OVER_NOW_MAX_WORDS;
}

/** Praise that is the point of the message, not a polite "thanks" before a problem. */
function isCompliment(cues: ReturnType<typeof readKindCues>, problemNamed: boolean, reading: string): boolean {
  if (cues.compliment < 2 || cues.dissatisfied) return false;
  if (!problemNamed) return true;
  // "The plumber was brilliant, he fixed the boiler", "thank you for fix my door lock": the repair is done.
  // "The lady on the phone was so patient when I was upset about the damp": our people praised, nothing broken now.
  return (cues.resolved || cues.praiseForWork || (cues.peoplePraised && !namesActiveFault(reading))) && !cues.contrast;
}
