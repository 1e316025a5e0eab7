// Scores multi-turn scenarios (eval/conversations/*.jsonl) through the real engine, triage
// and machines, in the simulator with a fixed clock. A scenario is a tenant's texts in
// order and what a good assistant must have done by the end: the cases opened (kind, tier,
// ASB level), a handoff to staff, safety advice, no "did not get that", no promise to phone,
// an interpreter offered, a vulnerability recorded. The format is in eval/README.md.
import { readFileSync } from 'node:fs';
import { SAFETY_ADVICE } from '../dialogs/safety.copy.js';
import type { SafetyId } from '../machines/conversation.types.js';
import { loadPolicy } from '../src/policy/load-policy.js';
import { COVERED_BY } from '../machines/conversation.machine.js';
import { SIM_TENANT, Simulator, seededReferences, type SimEvent } from '../src/sim/simulator.js';

export interface ExpectedCase {
  kind: string;
  tier?: string;
  asbLevel?: number;
}

export interface Scenario {
  id: string;
  pack: string;
  class: string;
  tenant?: 'known' | 'stranger';
  at?: string;
  turns: string[];
  expect: {
    cases?: ExpectedCase[];
    handoff?: boolean;
    safety?: SafetyId[];
    understood?: boolean;
    noCallPromise?: boolean;
    interpreter?: boolean;
    vulnerable?: boolean;
  };
  why?: string;
}

export interface ScenarioResult {
  scenario: Scenario;
  ok: boolean;
  problems: string[];
  transcript: string[];
}

/** A weekday morning in term time, when nothing about the hour should matter. */
const DEFAULT_AT = '2026-03-10T10:15:00Z';

/** Replies that say the assistant could not read the tenant's words. */
const NOT_UNDERSTOOD = [/^Sorry, I did not get that/, /^Sorry, I could not tell what needs repairing/];
/** A promise or offer to phone the tenant (not "call 999" or "call us"). */
const CALL_PROMISE =
  /\b(?:we|we'll|someone|somebody|an officer|a member of (?:our|the) team|our team|they|staff|your housing officer)\b[^.?!\n]{0,40}\b(?:call|ring|phone)\b(?! (?:999|101|111|us|the|0\d))|\b(?:call|ring|phone) you\b/i;
/** "We will not phone you" is the opposite of a promise to. */
const NOT_CALLING = /\b(?:not|never|won't|will not)\s+(?:call|ring|phone)\b/i;
const INTERPRETER = /\binterpret|\btranslat/i;

export function readScenarios(path: string): Scenario[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as Scenario;
      } catch {
        throw new Error(`${path} line ${i + 1} is not JSON`);
      }
    });
}

/** The last state of each case the conversation opened, by reference. */
function finalCases(events: SimEvent[]) {
  const byRef = new Map<string, Extract<SimEvent, { type: 'case' }>>();
  for (const e of events) if (e.type === 'case') byRef.set(e.reference, { ...byRef.get(e.reference), ...e });
  return [...byRef.values()];
}

type OpenedCase = ReturnType<typeof finalCases>[number];

function fits(expected: ExpectedCase, got: OpenedCase): boolean {
  if (got.kind !== expected.kind && !(expected.kind === 'enquiry' && got.kind === 'representative-enquiry')) return false;
  if (expected.tier && got.tier !== expected.tier) return false;
  if (expected.asbLevel && got.level !== expected.asbLevel) return false;
  return true;
}

/** Matches expected cases to opened ones, most specific first, each opened case used once. */
function compareCases(expected: ExpectedCase[], opened: OpenedCase[]): string[] {
  const problems: string[] = [];
  const free = [...opened];
  const ordered = [...expected].sort((a, b) => Number(Boolean(b.tier || b.asbLevel)) - Number(Boolean(a.tier || a.asbLevel)));
  for (const want of ordered) {
    const i = free.findIndex((got) => fits(want, got));
    if (i >= 0) {
      free.splice(i, 1);
      continue;
    }
    const sameKind = free.filter((got) => got.kind === want.kind);
    const seen = sameKind.map((g) => (g.kind === 'asb' ? `asb level ${g.level}` : g.kind === 'repair' ? `repair ${g.tier}` : g.kind)).join(', ');
    problems.push(
      `missing ${want.kind}${want.tier ? ` ${want.tier}` : ''}${want.asbLevel ? ` level ${want.asbLevel}` : ''}${seen ? ` (opened: ${seen})` : ''}`,
    );
  }
  const allowed = new Set(expected.map((e) => e.kind));
  if (allowed.has('enquiry')) allowed.add('representative-enquiry');
  for (const got of free) if (!allowed.has(got.kind)) problems.push(`unexpected ${got.kind} case${got.kind === 'repair' ? ` (${got.tier})` : ''}`);
  return problems;
}

export async function runScenario(s: Scenario): Promise<ScenarioResult> {
  const sim = new Simulator(loadPolicy(s.pack), {
    now: new Date(s.at ?? DEFAULT_AT),
    reference: seededReferences(11),
    tenant: s.tenant === 'stranger' ? null : { ...SIM_TENANT },
  });
  const events: SimEvent[] = [];
  const transcript: string[] = [];
  for (const turn of s.turns) {
    const got = await sim.send(turn);
    events.push(...got);
    for (const e of got) {
      if (e.type === 'message') transcript.push(`${e.direction === 'in' ? 'tenant' : '  bot '}> ${e.text.replace(/\n/g, ' | ')}`);
      if (e.type === 'handoff') transcript.push(`  [handoff: ${e.reason}]`);
    }
    // A tenant does not answer in the same minute.
    await sim.wait(2 * 60_000);
  }
  const outs = events.flatMap((e) => (e.type === 'message' && e.direction === 'out' ? [e.text] : []));
  const x = s.expect;
  const problems: string[] = [];
  const opened = finalCases(events);
  if (x.cases) problems.push(...compareCases(x.cases, opened));
  const handedOff = events.some((e) => e.type === 'handoff');
  if (x.handoff === true && !handedOff) problems.push('no handoff');
  if (x.handoff === false && handedOff) problems.push('handed off');
  for (const id of x.safety ?? []) {
    // Advice another covers is sent once, inside the other (the domestic abuse advice starts with 999).
    const ids = [id, ...(COVERED_BY[id] ?? [])];
    const given = ids.some((i) => outs.some((t) => t.includes(SAFETY_ADVICE[i].slice(0, 40))) || opened.some((c) => c.safety?.includes(i)));
    if (!given) problems.push(`no ${id} advice`);
  }
  if (x.understood && outs.some((t) => NOT_UNDERSTOOD.some((p) => p.test(t)))) problems.push('said it did not understand');
  if (x.noCallPromise && outs.some((t) => t.split(/(?<=[.?!])\s+/).some((sentence) => CALL_PROMISE.test(sentence) && !NOT_CALLING.test(sentence))))
    problems.push('promised a call');
  if (x.interpreter === true && !outs.some((t) => INTERPRETER.test(t))) problems.push('no interpreter offered');
  if (x.interpreter === false && outs.some((t) => INTERPRETER.test(t))) problems.push('offered an interpreter to a tenant writing English');
  if (x.vulnerable && !opened.some((c) => c.vulnerable === true)) problems.push('vulnerability not recorded');
  return { scenario: s, ok: problems.length === 0, problems, transcript };
}

export interface ConversationFigures {
  total: number;
  passed: number;
  byClass: Map<string, [number, number]>;
  byPack: Map<string, [number, number]>;
  results: ScenarioResult[];
}

export async function scoreScenarios(scenarios: Scenario[]): Promise<ConversationFigures> {
  const byClass = new Map<string, [number, number]>();
  const byPack = new Map<string, [number, number]>();
  const results: ScenarioResult[] = [];
  for (const s of scenarios) {
    const r = await runScenario(s);
    results.push(r);
    for (const [map, key] of [
      [byClass, s.class],
      [byPack, s.pack],
    ] as const) {
      const tally = map.get(key) ?? [0, 0];
      tally[1] += 1;
      if (r.ok) tally[0] += 1;
      map.set(key, tally);
    }
  }
  return { total: scenarios.length, passed: results.filter((r) => r.ok).length, byClass, byPack, results };
}
