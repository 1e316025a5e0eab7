// Shared command-line handling for the simulator and triage commands: the same flags,
// the same clear errors, the same exit codes (2 for a usage mistake).
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.js';
import { fail } from '../config/startup.js';
import { PolicyError, loadPolicyRef } from '../policy/load-policy.js';
import type { PolicyPack } from '../policy/policy.schema.js';

export function readArgs(extra: Record<string, { type: 'string' | 'boolean' }> = {}) {
  try {
    return parseArgs({
      options: { policy: { type: 'string' }, json: { type: 'boolean', default: false }, now: { type: 'string' }, ...extra },
      allowPositionals: false,
      strict: true,
    }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    return fail(`${(error as Error).message}\nUsage: see README.md (npm run chat -- --policy nph)`);
  }
}

/** The pack named by --policy, else by POLICY in the environment, else nph: an id or a pack file. */
export function readPolicy(flag: unknown): PolicyPack {
  try {
    return loadPolicyRef(typeof flag === 'string' ? flag : loadConfig().POLICY);
  } catch (error) {
    if (error instanceof PolicyError || error instanceof ConfigError) return fail(error.message);
    throw error;
  }
}

export function readNow(value: unknown): Date | undefined {
  if (value === undefined) return undefined;
  const at = new Date(String(value));
  if (Number.isNaN(at.getTime())) fail(`--now must be an ISO time such as 2026-11-27T21:00:00Z, not "${String(value)}"`);
  return at;
}
