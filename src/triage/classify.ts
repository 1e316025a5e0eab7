// The one entry point for free text: what is the tenant telling us? It reads the message
// once (normalise), asks each specialist (safety, repairs, ASB, not-ASB, kind cues) and
// decides the kind. It knows nothing of any landlord; triage.ts turns the answer into
// this landlord's priority, grade and dates.
//
// How the kind is decided, in order (first rule that applies wins):
//  1. An MP or councillor writing for a resident: 'representative-enquiry'.
//  2. Gas, carbon monoxide, water on electrics or fire: 'repair' (an emergency make-safe
//     job), with the catalogue's matching issue when it is an emergency one, else the
//     danger's own emergency issue (the named repair becomes the first alternative).
//     Arson by a person with no repair named ("someone set fire to the bins") stays ASB.
//  3. An explicit complaint about us ("I want to make a complaint", "stage 2"):
//     'complaint'. A "complaint about my neighbour" is an ASB report and falls through.
//  4. Clear praise with nothing still wrong: 'compliment'. A short message saying the
//     problem is over and nothing is wanted ("it's back on now, no need to send anyone",
//     "the leak is fixed now, thanks") is a 'compliment' when it thanks us, else a
//     'comment', unless it also names an emergency, a danger or a question. A "but",
//     "still" or "also" after the words that say it is over means something is still
//     wrong: it falls through.
//  5. Everyday neighbour behaviour that is not ASB (washing lines, kids playing): 'asb'
//     with `notAsb` set, so the dialog explains kindly and opens no case. If a repair
//     word is also there, this needs someone else named as doing it ("their tree is
//     overhanging", not "my washing line is broken").
//  6. A question about a service that the repair catalogue also knows ("is my gas safety
//     check due?"): 'enquiry'. Unhappiness about our service with only a faint repair
//     hint ("your team is shocking, 4 missed appointments"): 'complaint'.
//  7. A repair and an ASB category together:
//     - personal ASB (domestic abuse, hate, violence, threats, harassment) wins: the
//       person comes first and the ASB officer arranges any repair;
//     - criminal damage ("kids smashed my window") is kind 'repair', because the urgent
//       thing is to make the home safe and secure; `asb` still carries criminal-damage
//       so the conversation can offer to log the ASB as well (deliberate choice);
//     - any other ASB wins when its cue is clear (score 1 or more) or someone else is
//       named as doing it ("dog mess on the stairs" is not a stairs repair); otherwise
//       the repair wins. Saying "anti social behaviour" outright also makes it 'asb'.
//  8. A repair: 'repair' (dissatisfaction, e.g. "STILL broken 3rd time", is a flag on it:
//     the repair goes on and the conversation offers the choice to complain, as the
//     Complaint Handling Code requires).
//  9. ASB, or a general mention of ASB or a neighbour problem: 'asb'. Domestic abuse
//     found only by the safety rules still gets the domestic-abuse category.
// 10. Danger to life or self-harm with nothing else: 'unknown' (the advice is the answer
//     and a person takes over).
// 11. A greeting or "ok" alone: 'unknown'. Dissatisfaction with nothing to repair:
//     'complaint'. Thanks: 'compliment'; a suggestion: 'comment'; a question or enquiry
//     subject: 'enquiry'; unhappy words alone: 'complaint'; otherwise 'unknown'.
// Safety hits are never dropped: they come back in `safety` whatever the kind.
import { READING_BREAK, asbEntry, phrase, readingOf } from './asb-catalogue.js';
import { matchAsb, mentionsAsb } from './asb-matcher.js';
import { readKindCues } from './kind-cues.js';
import { normalise } from './normalise.js';
import { detectNotAsb } from './not-asb.js';
import { findIssue, matchRepair, scoreIssues } from './repair-matcher.js';
import { detectSafety } from './safety.js';
import { SAFETY_ADVICE } from '../../dialogs/safety.copy.js';
import type { AsbCategoryId, AsbMatch, Classification, Kind, RepairMatch, SafetyId } from './triage.types.js';

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
const PERSONAL_ASB: readonly AsbCategoryId[] = ['domestic-abuse', 'hate-incident', 'violence', 'threats', 'harassment'];
/** An ASB score this high is a clear cue, not a hint. */
const CLEAR_ASB = 1;
const EXPLICIT_ASB = phrase('(?:anti ?social|antisocial|asb)');
/** Someone other than the tenant is doing it: a neighbour report, not a fault in the home. */
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
    if (issue) return { issue, score: 1, alternatives: [], location: null };
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

export function classify(text: string): Classification {
  const raw = typeof text === 'string' ? text : '';
  const normalised = normalise(raw);
  // The cue matchers read the normaliser's words and the tenant's own (readingOf): a
  // spelling correction may add a cue but can never hide a danger. Repairs read the
  // normaliser's words only, as the repair catalogue is written in its vocabulary.
  const reading = readingOf(normalised, raw);
  const safety = detectSafety(reading);
  const safetyIds = new Set(safety.map((s) => s.id));
  let repair = matchRepair(normalised);
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

  const asbOnly = asb !== null && repair === null;
  const dissatisfaction =
    cues.complaint && !cues.complaintAboutNeighbour ? true : cues.dissatisfied || cues.complaintProcess || (cues.mood && !asbOnly && !notAsb);

  let kind: Kind;
  const repairDanger = REPAIR_DANGERS.find((id) => safetyIds.has(id));

  if (cues.representative) {
    kind = 'representative-enquiry';
  } else if (repairDanger && !(repairDanger === 'fire' && asb && asb.category.id === 'criminal-damage' && repair === null)) {
    // Arson by a person with no home repair named stays ASB (rule below); every other
    // danger to the home is an emergency repair.
    kind = 'repair';
    repair = emergencyFor(repairDanger, repair, normalised);
  } else if ((cues.complaint || cues.complaintProcess) && !cues.complaintAboutNeighbour) {
    kind = 'complaint';
  } else if (isOverNow(cues, reading, repair, asb !== null || notAsb !== null, safety.length > 0)) {
    kind = cues.compliment > 0 ? 'compliment' : 'comment';
  } else if (isCompliment(cues, (repair !== null && repair.score >= NAMED_REPAIR) || asb !== null)) {
    kind = 'compliment';
  } else if (notAsb && (!repair || OTHER_PERSON.test(reading))) {
    kind = 'asb';
  } else if (repair && cues.question && cues.enquiryTopic && !cues.dissatisfied && repair.score < 0.95) {
    // "Is my gas safety check due?": a question about a service, not a fault.
    kind = 'enquiry';
  } else if (repair && cues.dissatisfied && cues.serviceTalk && !asb && repair.score < 0.9) {
    // "Your repairs team has been shocking, 4 missed appointments": about us, not a fault.
    kind = 'complaint';
  } else if (repair && asb) {
    const id = asb.category.id;
    if (PERSONAL_ASB.includes(id)) kind = 'asb';
    else if (id === 'criminal-damage') kind = 'repair';
    else kind = asb.score >= CLEAR_ASB || OTHER_PERSON.test(reading) ? 'asb' : 'repair';
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
  } else if (cues.dissatisfied || (cues.complaint && !cues.complaintAboutNeighbour)) {
    kind = 'complaint';
  } else if (cues.compliment > 0) {
    kind = 'compliment';
  } else if (cues.comment || cues.overNow) {
    kind = 'comment';
  } else if (cues.enquiry) {
    kind = 'enquiry';
  } else if (cues.mood) {
    kind = 'complaint';
  } else {
    kind = 'unknown';
  }

  // The explanation only belongs to a neighbour report.
  if (kind !== 'asb') notAsb = null;

  // A repair that is itself a danger ("water penetrating the electrics") gets that
  // danger's advice even when the safety rules missed the words.
  const implied = kind === 'repair' && repair ? IMPLIED_DANGER[repair.issue.id] : undefined;
  if (implied && !safetyIds.has(implied)) safety.push({ id: implied, advice: SAFETY_ADVICE[implied] });

  return {
    text: raw,
    normalised,
    kind,
    safety,
    repair,
    asb,
    notAsb,
    dissatisfaction: kind === 'complaint' ? true : dissatisfaction,
    representative: cues.representative,
  };
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
function isCompliment(cues: ReturnType<typeof readKindCues>, problemNamed: boolean): boolean {
  if (cues.compliment < 2 || cues.dissatisfied) return false;
  if (!problemNamed) return true;
  // "The plumber was brilliant, he fixed the boiler": the repair is done.
  return cues.resolved && !cues.contrast;
}
