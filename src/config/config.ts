// The only reader of process.env. One zod schema: a bad value stops start-up with a
// message naming the variable, never a stack trace.
import { z } from 'zod';

const PolicyRef = z
  .string()
  .trim()
  .min(1)
  .refine((v) => /^[a-z0-9-]+$/.test(v) || /\.(json|ya?ml)$/i.test(v), {
    message: 'expected a pack id such as nph, or a path to a .json or .yaml pack file',
  });

export const ConfigSchema = z.object({
  /** The landlord's policy pack: a shipped id (nph, papworth, housing-plus) or a pack file path. */
  POLICY: PolicyRef.default('nph'),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CONFIG_INVALID';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (POLICY= in a .env file) means "not set", as most tools read it.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = ConfigSchema.safeParse(set);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got "${String(env[String(i.path[0])])}")`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
