// A policy pack is one landlord's published service standards as data. Every promise the
// assistant makes comes from here, and every value names the seed line it came from, so a
// landlord (or a regulator) can check the assistant against the document it quotes.
import { DEFAULT_QUIET_HOURS } from '../clock/quiet-hours.js';
import type { Duration as ClockDuration } from '../clock/sla-clock.js';
import { z } from 'zod';

/** Where a value came from: a file in the seeds folder, a 1-based line, and words found on that line. */
export const SourceSchema = z
  .object({
    file: z.string().min(1),
    line: z.number().int().positive(),
    quote: z.string().min(3),
  })
  .strict();

const Cited = z.union([SourceSchema, z.array(SourceSchema).min(1)]);

export const DurationUnit = z.enum(['hours', 'calendar-days', 'working-days', 'weeks']);

// The clock counts durations and sits below policy, so the shape is the clock's; the
// schema is checked against it here.
export const DurationSchema = z
  .object({
    amount: z.number().positive(),
    unit: DurationUnit,
  })
  .strict() satisfies z.ZodType<ClockDuration>;

export const Tier = z.enum(['emergency', 'urgent', 'routine', 'planned']);
export const TargetAction = z.enum(['attend', 'make-safe', 'complete', 'contact', 'respond', 'acknowledge']);

/** What a staff reply may fill in, from the conversation and its lead case. */
export const STAFF_REPLY_FIELDS = ['name', 'staff', 'landlord', 'phone', 'reference', 'priority', 'due'] as const;

export const StaffReplySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1).max(40),
    text: z
      .string()
      .min(1)
      .max(600)
      .refine((t) => [...t.matchAll(/\{([a-z]+)\}/g)].every((m) => (STAFF_REPLY_FIELDS as readonly string[]).includes(m[1]!)), {
        message: `a reply may fill in only ${STAFF_REPLY_FIELDS.map((f) => `{${f}}`).join(', ')}`,
      }),
    source: Cited.optional(),
  })
  .strict();

export const RepairPrioritySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1),
    definition: z.string().min(1),
    tier: Tier,
    target: DurationSchema.extend({ action: TargetAction }).strict(),
    /**
     * Special lines of the standards that apply to particular repairs (Housing Plus's
     * gas heating timescales). A repair whose catalogue tags include any of these gets
     * this priority instead of the one its tier maps to.
     */
    matchTags: z.array(z.string()).optional(),
    /** Applies only to repairs of this tier (used with matchTags). */
    forTiers: z.array(Tier).optional(),
    source: Cited,
    note: z.string().optional(),
  })
  .strict();

export const AsbGradeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1),
    /** 1 is the most serious; lets reports compare grades across landlords. */
    level: z.number().int().min(1).max(5),
    definition: z.string().min(1),
    examples: z.array(z.string()).min(1),
    /** ASB catalogue categories that fall in this grade. */
    categories: z.array(z.string()).min(1),
    contact: DurationSchema,
    actionPlan: DurationSchema.optional(),
    source: Cited,
    note: z.string().optional(),
  })
  .strict();

const Timescale = z
  .object({
    target: DurationSchema,
    words: z.string().min(1),
    source: Cited,
    note: z.string().optional(),
  })
  .strict();

export const ComplaintsSchema = z
  .object({
    acknowledge: Timescale,
    stage1: Timescale.extend({ from: z.enum(['receipt', 'acknowledgement']) }).strict(),
    stage1Extension: Timescale,
    escalationWindow: Timescale,
    stage2Acknowledge: Timescale,
    stage2: Timescale.extend({ from: z.enum(['request', 'acknowledgement']) }).strict(),
    stage2Extension: Timescale.optional(),
    ombudsman: z
      .object({
        name: z.string(),
        phone: z.string(),
        web: z.string(),
        email: z.string().optional(),
        post: z.string().optional(),
        source: Cited,
      })
      .strict(),
  })
  .strict();

export const OtherTimescaleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1),
    /** Lower-case words or phrases that show a tenant is asking about this. */
    keywords: z.array(z.string().min(2)).min(1),
    target: DurationSchema,
    words: z.string().min(1),
    source: Cited,
  })
  .strict();

/**
 * Words Twilio and UK carriers act on when a whole text is just that word: STOP, STOPALL,
 * UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE and OPTOUT opt a number out; START, YES and UNSTOP
 * opt it back in; HELP and INFO ask for help (Twilio's default opt-out keywords).
 */
export const CARRIER_KEYWORDS = ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT', 'START', 'YES', 'UNSTOP', 'HELP', 'INFO'];

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour)');

export const AppointmentSlotSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1),
    start: HHMM,
    end: HHMM,
  })
  .strict();

export const DecisionSchema = z
  .object({
    topic: z.string().min(1),
    choice: z.string().min(1),
    reason: z.string().min(1),
    sources: z.array(SourceSchema).min(1),
  })
  .strict();

export const PolicyPackSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    landlord: z
      .object({
        name: z.string().min(1),
        shortName: z.string().min(1).max(20),
        documents: z.array(z.object({ file: z.string(), title: z.string(), date: z.string() }).strict()).min(1),
      })
      .strict(),
    contact: z
      .object({
        phone: z.string().min(1),
        outOfHoursPhone: z.string().min(1),
        email: z.string().optional(),
        web: z.string().optional(),
        address: z.string().optional(),
        source: Cited,
      })
      .strict(),
    /** Office hours: working days end at `close`; a message after close counts from the next working day. */
    officeHours: z.object({ open: HHMM, close: HHMM, days: z.literal('mon-fri'), source: Cited }).strict(),
    repairs: z
      .object({
        priorities: z.array(RepairPrioritySchema).min(2),
        /** The priority each tier of the repair catalogue maps to under this landlord. */
        tierMap: z.record(Tier, z.string()),
        tierMapNote: z.string().optional(),
        vulnerability: z
          .object({
            rule: z.enum(['raise-one-tier', 'none']),
            words: z.string().min(1),
            source: Cited,
          })
          .strict(),
        whatHappensNext: z.string().min(1),
        whatHappensNextSource: Cited,
      })
      .strict(),
    asb: z
      .object({
        grades: z.array(AsbGradeSchema).min(2),
        actionPlanPromise: z.string().min(1),
        actionPlanSource: Cited,
      })
      .strict(),
    complaints: ComplaintsSchema,
    representativeEnquiry: Timescale.optional(),
    comments: z.object({ words: z.string(), source: Cited }).strict(),
    compliments: z.object({ words: z.string(), source: Cited }).strict(),
    otherTimescales: z.array(OtherTimescaleSchema),
    appointments: z
      .object({
        slots: z.array(AppointmentSlotSchema).min(1),
        texts: z.array(z.enum(['booked', 'day-before', 'on-the-way', 'survey'])),
        source: Cited,
        /** When the day-before reminder goes (London time), where the standards do not say. */
        dayBeforeAt: HHMM.default('18:00'),
        /** Minutes after a job is marked complete that the survey goes. */
        surveyDelayMinutes: z.number().int().min(0).max(10_080).default(60),
        /** Share of completed repairs asked the survey (NPH: "a percentage"); all, where the standards do not say. */
        surveyShare: z.number().min(0).max(1).default(1),
        /** The word a tenant replies to move or cancel a visit. Never a carrier keyword. */
        changeKeyword: z
          .string()
          .regex(/^[A-Z]{3,12}$/, 'one upper-case word')
          .refine((w) => !CARRIER_KEYWORDS.includes(w), 'is a carrier keyword (STOP, CANCEL, HELP...): texting it would opt the tenant out or ask for help')
          .default('CHANGE'),
        note: z.string().optional(),
      })
      .strict(),
    /** No text a tenant did not just ask for in these hours (London), except safety. */
    quietHours: z.object({ start: HHMM, end: HHMM, note: z.string().optional() }).strict().default(DEFAULT_QUIET_HOURS),
    /** Staff are alerted when this share of a promised time has passed, and again at breach. */
    slaWarnShare: z.number().gt(0).lt(1).default(0.75),
    /**
     * A conversation handed to a person: nobody has picked it up this many minutes after it
     * was asked for (counted from opening time when the office is closed), so the tenant is
     * told and offered the assistant, and staff are alerted. A service setting, not a
     * published promise: the tenant is told "usually within", never a deadline.
     */
    /**
     * Replies staff pick in the console, with the conversation's facts filled in: the
     * landlord's own words (a source where a line of the standards says it).
     */
    staffReplies: z.array(StaffReplySchema).default([]),
    handoff: z
      .object({ answerWithinMinutes: z.number().int().min(5).max(1_440).default(30) })
      .strict()
      .default({ answerWithinMinutes: 30 }),
    /** What the standards offer a tenant who does not read English (their own words), with the line it came from. */
    languages: z
      .object({ words: z.string().min(1), source: Cited })
      .strict()
      .optional(),
    /** The standards promise to tell a tenant in advance when a repair timescale will be missed, and why. */
    delayNotice: z
      .object({ words: z.string().min(1), source: Cited })
      .strict()
      .optional(),
    decisions: z.array(DecisionSchema),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const ids = new Set(pack.repairs.priorities.map((p) => p.id));
    for (const [tier, id] of Object.entries(pack.repairs.tierMap)) {
      if (!ids.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['repairs', 'tierMap', tier],
          message: `names priority "${id}", which is not in repairs.priorities`,
        });
      }
    }
    for (const tier of Tier.options) {
      if (!(tier in pack.repairs.tierMap)) {
        ctx.addIssue({ code: 'custom', path: ['repairs', 'tierMap'], message: `has no entry for tier "${tier}"` });
      }
    }
    const levels = pack.asb.grades.map((g) => g.level);
    if (new Set(levels).size !== levels.length) {
      ctx.addIssue({ code: 'custom', path: ['asb', 'grades'], message: 'two grades share a level' });
    }
  });

export type Source = z.infer<typeof SourceSchema>;
export type Duration = ClockDuration;
export type RepairTier = z.infer<typeof Tier>;
export type RepairPriority = z.infer<typeof RepairPrioritySchema>;
export type AsbGrade = z.infer<typeof AsbGradeSchema>;
export type PolicyPack = z.infer<typeof PolicyPackSchema>;
export type OtherTimescale = z.infer<typeof OtherTimescaleSchema>;
