// Loads a landlord's policy pack and refuses a bad one loudly. A pack that does not parse must
// stop start-up with a message a landlord can act on: the file, and each failing field by its
// path. Packs are JSON by default; YAML is accepted so a landlord can keep theirs in a friendlier
// format and check it with the same rules (parsePolicyFile).
import { readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { PolicyPackSchema, type PolicyPack } from './policy.schema.js';

export type PolicyErrorCode = 'POLICY_NOT_FOUND' | 'POLICY_INVALID';

/** One failing field of a pack: its dotted path ('' for the whole pack) and what is wrong. */
export interface PolicyIssue {
  path: string;
  message: string;
}

export class PolicyError extends Error {
  override readonly name = 'PolicyError';
  readonly code: PolicyErrorCode;
  readonly issues: readonly PolicyIssue[];

  constructor(code: PolicyErrorCode, message: string, options?: { cause?: unknown; issues?: PolicyIssue[] }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = options?.issues ?? [];
  }
}

const PACKS_DIR = fileURLToPath(new URL('./packs/', import.meta.url));
const EXTENSIONS = ['.json', '.yaml', '.yml'] as const;
const ID_PATTERN = /^[a-z0-9-]+$/;

function packFiles(): Map<string, string> {
  const files = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(PACKS_DIR).sort();
  } catch {
    return files;
  }
  // JSON first, so a stray YAML copy never shadows the pack we ship.
  for (const ext of EXTENSIONS) {
    for (const name of names) {
      if (!name.endsWith(ext)) continue;
      const id = name.slice(0, -ext.length);
      if (ID_PATTERN.test(id) && !files.has(id)) files.set(id, resolve(PACKS_DIR, name));
    }
  }
  return files;
}

const FILES = packFiles();

/** The ids of the packs shipped in src/policy/packs, sorted. */
export const PACK_IDS: readonly string[] = Object.freeze([...FILES.keys()].sort());

const cache = new Map<string, PolicyPack>();

/** Loads, validates and caches a shipped pack by id. Throws PolicyError. */
export function loadPolicy(id: string): PolicyPack {
  const cached = cache.get(id);
  if (cached) return cached;
  const file = FILES.get(id);
  if (!file) {
    throw new PolicyError('POLICY_NOT_FOUND', `No policy pack "${id}". Known packs: ${PACK_IDS.length > 0 ? PACK_IDS.join(', ') : '(none)'}`);
  }
  const pack = parsePolicyFile(file);
  if (pack.id !== id) {
    const issues = [{ path: 'id', message: `is "${pack.id}" but the file is named for "${id}"` }];
    throw new PolicyError('POLICY_INVALID', formatIssues(file, issues), { issues });
  }
  cache.set(id, pack);
  return pack;
}

/** A shipped pack by id, or a pack file by path (.json, .yaml). Throws PolicyError. */
export function loadPolicyRef(ref: string): PolicyPack {
  return /\.(json|ya?ml)$/i.test(ref) ? parsePolicyFile(ref) : loadPolicy(ref);
}

/** Validates any pack file (JSON, or YAML by extension). Throws PolicyError. */
export function parsePolicyFile(path: string): PolicyPack {
  const shown = displayPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new PolicyError('POLICY_NOT_FOUND', `${shown}: cannot read the policy pack file`, { cause });
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch (cause) {
    const format = /\.ya?ml$/i.test(path) ? 'YAML' : 'JSON';
    const detail = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new PolicyError('POLICY_INVALID', `${shown}: not valid ${format}: ${detail}`, { cause });
  }
  const result = PolicyPackSchema.safeParse(data);
  if (!result.success) {
    const issues = toIssues(result.error);
    throw new PolicyError('POLICY_INVALID', formatIssues(path, issues), { cause: result.error, issues });
  }
  return deepFreeze(result.data);
}

function toIssues(error: z.ZodError): PolicyIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => String(part)).join('.'),
    message: issue.message,
  }));
}

function formatIssues(path: string, issues: readonly PolicyIssue[]): string {
  const shown = displayPath(path);
  return issues.map((i) => `${shown}: ${i.path === '' ? '(pack)' : i.path}: ${i.message}`).join('\n');
}

/** Paths inside the project read relative to it (src/policy/packs/nph.json); others stay absolute. */
function displayPath(path: string): string {
  const abs = resolve(path);
  const rel = relative(process.cwd(), abs);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split('\\').join('/');
}

// A cached pack is shared by every conversation: freeze it so no caller can change another's promises.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
