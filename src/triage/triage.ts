// Triage under one landlord's pack: what classify() made of the words, turned into this
// landlord's priority, grade, promise and date. The dialog machines get the same reading
// (as a TriageView), so the triage command line and the conversation always agree.
import type { OtherProblem, PolicyNow, Tier, TriageView } from '../../machines/conversation.types.js';
import { gradeFor } from '../../machines/asb.machine.js';
import { resolvePriority } from '../../machines/priority.js';
import { formatClock } from '../../dialogs/format-time.js';
import { SAFETY_ADVICE } from '../../dialogs/safety.copy.js';
import { londonTime } from '../clock/sla-clock.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import { policyNow, quote } from '../policy/policy-now.js';
import { classify } from './classify.js';
import { type Classification, type Kind, type Learned, PERSONAL_ASB, type RepairMatch, type SafetyId } from './triage.types.js';
import { notEnglish } from './language.js';

/** Dangers that make any repair an emergency, whatever the catalogue says. */
const EMERGENCY_SAFETY = new Set<SafetyId>(['gas', 'carbon-monoxide', 'water-electrics', 'fire']);
const DANGER_NOW = new Set<SafetyId>(['danger-to-life', 'domestic-abuse']);

/** The tenant asks for a complaint in so many words; otherwise dissatisfaction is offered the choice first. */
const COMPLAINT_ASKED = /\b(?:complain\w*|complaint|complaints|ombudsman|formal(?:ly)? (?:raise|log|report))\b/;
const ESCALATION =
  /\b(escalat\w*|stage (2|two)|stage2|(review|appeal) (of )?my complaint|not (happy|satisfied) with (your|the) (response|reply|answer|outcome|decision))\b/;

/** What the triage command prints for one message: a stable interface landlords script against. */
export interface TriageResult {
  text: string;
  kind: Kind;
  issue: string | null;
  issueLabel: string | null;
  area: string | null;
  location: string | null;
  priority: string | null;
  tier: Tier | null;
  grade: string | null;
  level: number | null;
  /** The promise in words, with its date. */
  timescale: string | null;
  /** The first deadline promised: attendance for a repair, first contact for ASB, acknowledgement for a complaint. */
  dueBy: string | null;
  needsClarification: boolean;
  question: string | null;
  /** Safety advice given at once, if any. */
  safety: { id: SafetyId; advice: string }[] | null;
  awaabs: boolean;
  dissatisfaction: boolean;
  notAsb: string | null;
  /** Where the learned second opinion changed the rules' reading, with the words that decided it. */
  learned: Learned[] | null;
}

function matchEnquiry(pack: PolicyPack, normalised: string) {
  const padded = ` ${normalised} `;
  return pack.otherTimescales.find((t) => t.keywords.some((k) => padded.includes(` ${k} `))) ?? null;
}

const OPENING_HOURS =
  /\b(opening (hours|times)|office hours|(when|what time) (are|is|do) (you|the office|your office)( \w+)? (open|close)|are you open|when are you open)\b/;

/** "09:00" as "9am", in the same words every promise uses (any winter date will do). */
function clock(hhmm: string): string {
  return formatClock(londonTime('2026-01-05', hhmm));
}

/** Answers every landlord's pack can give: its opening hours and numbers. */
function contactAnswer(pack: PolicyPack, normalised: string): TriageView['enquiryAnswer'] {
  if (!OPENING_HOURS.test(normalised)) return null;
  const { open, close } = pack.officeHours;
  return {
    label: 'Opening hours',
    words: `We are open Monday to Friday, ${clock(open)} to ${clock(close)}, except bank holidays. Phone ${pack.contact.phone}. Emergency repairs out of hours: ${pack.contact.outOfHoursPhone}.`,
  };
}

/**
 * The words already settle what the issue's question would ask: a modifier moved the tier
 * ("bowl under it", "the only toilet"), or the question asks about the household and the
 * text has already said who lives there.
 */
function settled(c: Classification): boolean {
  const repair = c.repair;
  if (!repair) return false;
  if (repair.because.length > 0 || repair.answered) return true;
  return repair.issue.clarify?.vulnerability === true && c.vulnerabilities.length > 0;
}

const FEEDBACK: ReadonlySet<Kind> = new Set(['complaint', 'compliment', 'comment']);

/** Severity modifiers that already weighed who is in the home: the pack's vulnerability rule is not applied again. */
const VULNERABILITY_MODIFIERS = /^(vulnerable household|damp or mould affecting health)/;

/** A risk to a person: it is handled first, before any complaint (issue 10). */
function personalRisk(c: Classification): boolean {
  if (c.safety.some((s) => s.id === 'danger-to-life' || s.id === 'self-harm' || s.id === 'domestic-abuse')) return true;
  return c.kind === 'asb' && c.asb !== null && PERSONAL_ASB.includes(c.asb.category.id);
}

/** The machines' view of one message under a pack. */
export function toTriageView(c: Classification, pack: PolicyPack): TriageView {
  const safetyIds = new Set(c.safety.map((s) => s.id));
  const forcedEmergency = [...safetyIds].some((id) => EMERGENCY_SAFETY.has(id));
  const repair = c.repair;
  const view = (r: RepairMatch, main: boolean): NonNullable<TriageView['repair']> => ({
    issueId: r.issue.id,
    label: r.issue.label,
    area: r.issue.area,
    tier: forcedEmergency && main ? 'emergency' : r.tier,
    tags: r.issue.tags,
    awaabs: r.issue.awaabs === true,
    location: r.location,
    because: r.because,
    vulnerabilityWeighed: r.because.some((b) => VULNERABILITY_MODIFIERS.test(b)),
    clarify:
      r.issue.clarify && !(forcedEmergency && main) && !(main && settled(c))
        ? {
            id: r.issue.clarify.id,
            question: r.issue.clarify.question,
            yes: {
              ...r.issue.clarify.yes,
              ...(r.issue.clarify.yes.safety ? { safetyAdvice: SAFETY_ADVICE[r.issue.clarify.yes.safety] } : {}),
            },
            ...(r.issue.clarify.no ? { no: r.issue.clarify.no } : {}),
            ...(r.issue.clarify.vulnerability ? { vulnerability: true } : {}),
          }
        : null,
  });
  const asking = c.kind === 'enquiry' || c.kind === 'unknown';
  const enquiry = asking ? matchEnquiry(pack, c.normalised) : null;
  return {
    kind: c.kind,
    safety: c.safety,
    repair: repair ? view(repair, true) : null,
    asb: c.asb ? { categoryId: c.asb.category.id, label: c.asb.category.label } : null,
    notAsb: c.notAsb,
    dissatisfaction: c.dissatisfaction,
    enquiryAnswer: enquiry ? { label: enquiry.label, words: enquiry.words } : asking ? contactAnswer(pack, c.normalised) : null,
    // Risk first: a threat or abuse is never turned into a stage 2 complaint by its words.
    escalation: ESCALATION.test(c.normalised) && !personalRisk(c),
    complaintAsked: COMPLAINT_ASKED.test(c.normalised),
    safeContact: c.safeContact,
    vulnerabilities: c.vulnerabilities,
    language: notEnglish(c.text),
    // In feedback about our own service, behaviour it names ("was rude to my mum") is that feedback, not a neighbour report.
    others: c.others.flatMap((o): OtherProblem[] => {
      if (o.kind === 'asb' && FEEDBACK.has(c.kind)) return [];
      // Neighbour behaviour that is not ASB is explained; what it names ("her washing line over the fence") is not a fault of ours.
      if (c.notAsb) return [];
      if (o.kind === 'repair' && o.repair) return [{ kind: 'repair', text: o.text, label: o.repair.issue.label, repair: view(o.repair, false), asb: null }];
      if (o.kind === 'asb' && o.asb) {
        return [{ kind: 'asb', text: o.text, label: o.asb.category.label, repair: null, asb: { categoryId: o.asb.category.id, label: o.asb.category.label } }];
      }
      return [];
    }),
  };
}

/** The full reading of one message under a pack at a moment. */
export function triage(text: string, pack: PolicyPack, at: Date, now: PolicyNow = policyNow(pack, at)): TriageResult {
  const c = classify(text);
  const view = toTriageView(c, pack);
  const kind: Kind = view.escalation && c.kind !== 'repair' ? 'complaint' : c.kind;
  // Repair details only for a repair: a satellite dish complaint is not a TV aerial fault.
  const repair = kind === 'repair' ? view.repair : null;
  const result: TriageResult = {
    text,
    kind,
    issue: repair?.issueId ?? null,
    issueLabel: repair?.label ?? null,
    area: repair?.area ?? null,
    location: repair?.location ?? null,
    priority: null,
    tier: null,
    grade: null,
    level: null,
    timescale: null,
    dueBy: null,
    needsClarification: repair?.clarify != null,
    question: repair?.clarify?.question ?? null,
    safety: c.safety.length ? c.safety : null,
    awaabs: repair?.awaabs ?? false,
    dissatisfaction: c.dissatisfaction,
    notAsb: c.notAsb?.explanation ?? null,
    learned: c.learned.length ? c.learned : null,
  };
  if (repair) {
    const priority = resolvePriority(now, repair.tier, repair.tags);
    return { ...result, priority: priority.id, tier: priority.tier, timescale: priority.quote.words, dueBy: priority.quote.dueBy };
  }
  if (result.kind === 'asb' && view.asb) {
    const grade = gradeFor(
      now,
      view.asb.categoryId,
      c.safety.some((s) => DANGER_NOW.has(s.id)),
    );
    return { ...result, grade: grade.id, level: grade.level, timescale: grade.contact.words, dueBy: grade.contact.dueBy };
  }
  if (result.kind === 'complaint') {
    const q = view.escalation ? now.complaint.stage2Acknowledge : now.complaint.acknowledge;
    return { ...result, timescale: q.words, dueBy: q.dueBy };
  }
  if (result.kind === 'representative-enquiry' && now.representative) {
    return { ...result, timescale: now.representative.words, dueBy: now.representative.dueBy };
  }
  if (!view.enquiryAnswer) return result;
  // A promised timescale is quoted with its date; the opening hours need none.
  const enquiry = matchEnquiry(pack, c.normalised);
  if (!enquiry) return { ...result, kind: 'enquiry', timescale: view.enquiryAnswer.words };
  const q = quote(at, enquiry.target, pack.officeHours);
  return { ...result, kind: 'enquiry', timescale: `${enquiry.words} (${q.words})`, dueBy: q.dueBy };
}
