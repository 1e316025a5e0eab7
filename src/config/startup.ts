// What every entry point (the server, the command-line tools) does when it cannot start:
// one line on stderr, never a stack trace, and exit code 2 for a mistake in how it was
// started. The configuration is read the same way by all of them.
import { ConfigError, loadConfig, type Config } from './config.js';

/** Says why on stderr, in one line or a few, and exits (2: started wrongly). */
export function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** The configuration from the environment (and ./.env), or exit 2 with the message naming what is wrong. */
export function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
}
