// The chat simulator: the real engine, machines and triage in one process, with a clock
// the script moves. It is what `npm run chat` drives, and what tests use to replay
// conversations as a tenant would have them by SMS.
import type { CaseChange } from '../../machines/conversation.types.js';
import { ConversationEngine } from '../engine/conversation-engine.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import { MemoryStore } from '../store/memory.store.js';
import type { ConversationKey, TenantInput } from '../store/store.js';

export type SimEvent =
  | { type: 'message'; direction: 'in' | 'out'; at: string; text: string }
  | ({ type: 'case'; at: string } & CaseChange)
  | { type: 'clock'; at: string }
  | { type: 'error'; at: string; line: number; message: string };

/** A small seeded generator, so a replayed script prints the same references every time. */
export function seededReferences(seed = 1): () => string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  let state = seed >>> 0 || 1;
  return () => {
    let ref = '';
    for (let i = 0; i < 8; i += 1) {
      state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
      ref += alphabet[state % alphabet.length];
    }
    return ref;
  };
}

const UNITS: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "26h", "3d", "90m", "2w", "1d 6h" as milliseconds, or null. */
export function parseWait(spec: string): number | null {
  const parts = spec.trim().toLowerCase().split(/\s+/);
  let total = 0;
  for (const part of parts) {
    const m = /^(\d+(?:\.\d+)?)(m|min|h|d|w)$/.exec(part);
    if (!m) return null;
    total += Number(m[1]) * UNITS[m[2]!]!;
  }
  return total > 0 ? total : null;
}

/** The number the simulated tenant texts from. */
export const SIM_NUMBER = '+447700900000';

/** Who the simulator plays unless told otherwise: a tenant whose number is on the tenancy list. */
export const SIM_TENANT: TenantInput = {
  tenancyRef: 'SIM-0001',
  name: 'Sam Taylor',
  addressLine: '12 Example Road',
  postcode: 'NE1 1AA',
  vulnerabilities: [],
  phones: [SIM_NUMBER],
};

export interface SimulatorOptions {
  now?: Date;
  reference?: () => string;
  /** The number texting; several simulators can share a store with different numbers. */
  from?: string;
  /** The tenancy behind the number, or null to play a number not on the tenancy list. */
  tenant?: TenantInput | null;
  store?: MemoryStore;
}

export class Simulator {
  readonly engine: ConversationEngine;
  readonly store: MemoryStore;
  readonly key: ConversationKey;
  private clock: Date;
  private seeded: Promise<unknown> | null;

  constructor(pack: PolicyPack, options: SimulatorOptions = {}) {
    this.clock = options.now ?? new Date();
    this.store = options.store ?? new MemoryStore();
    this.key = { channel: 'sms', address: options.from ?? SIM_NUMBER };
    const tenant = options.tenant === undefined ? { ...SIM_TENANT, phones: [this.key.address] } : options.tenant;
    this.seeded = tenant ? this.store.upsertTenant(tenant) : null;
    this.engine = new ConversationEngine({
      pack,
      store: this.store,
      ...(options.reference ? { reference: options.reference } : {}),
    });
  }

  get now(): Date {
    return this.clock;
  }

  wait(ms: number): void {
    this.clock = new Date(this.clock.getTime() + ms);
  }

  jumpTo(at: Date): void {
    this.clock = at;
  }

  async send(text: string): Promise<SimEvent[]> {
    await this.seeded;
    const at = this.clock.toISOString();
    const result = await this.engine.receive({ ...this.key, text, at: this.clock });
    return [
      { type: 'message', direction: 'in', at, text },
      ...result.texts.map((t): SimEvent => ({ type: 'message', direction: 'out', at, text: t })),
      ...result.cases.map((c): SimEvent => ({ type: 'case', at, ...c })),
    ];
  }

  /** Replays a script: one tenant message a line; /wait and /at move the clock; # starts a comment. */
  async runScript(lines: readonly string[]): Promise<SimEvent[]> {
    const events: SimEvent[] = [];
    for (const [index, raw] of lines.entries()) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const command = /^\/(wait|at)\s+(.+)$/i.exec(line);
      if (command) {
        const [, verb, arg] = command as unknown as [string, string, string];
        const moved = verb.toLowerCase() === 'wait' ? this.tryWait(arg) : this.tryJump(arg);
        events.push(
          moved
            ? { type: 'clock', at: this.clock.toISOString() }
            : { type: 'error', at: this.clock.toISOString(), line: index + 1, message: `cannot read "${line}"` },
        );
        continue;
      }
      events.push(...(await this.send(line)));
    }
    return events;
  }

  private tryWait(spec: string): boolean {
    const ms = parseWait(spec);
    if (ms === null) return false;
    this.wait(ms);
    return true;
  }

  private tryJump(iso: string): boolean {
    const at = new Date(iso.trim());
    if (Number.isNaN(at.getTime())) return false;
    this.jumpTo(at);
    return true;
  }
}
