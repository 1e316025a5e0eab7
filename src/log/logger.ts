// Structured logs (pino). Never a message body, never a whole phone number: numbers are
// masked to their last three digits wherever they are logged.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, base: { service: 'doorstep' }, timestamp: pino.stdTimeFunctions.isoTime, serializers: { err: safeError } },
    destination ?? process.stdout,
  );
}

/**
 * An error as it may be logged: its type, code, message and stack, but not the fields a
 * database driver attaches (the query's parameters, a row's detail), which can hold a
 * tenant's number or words.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & { code?: unknown; cause?: unknown };
  return {
    type: e.name,
    ...(e.code !== undefined ? { code: e.code } : {}),
    message: e.message,
    stack: e.stack,
    ...(e.cause !== undefined ? { cause: safeError(e.cause) } : {}),
  };
}

/** The first 12 characters of an id from outside, for logs: enough to find it, never a whole attacker-sized string. */
export function shortId(id: string | null | undefined): string | null {
  if (!id) return null;
  return id.length <= 12 ? id : `${id.slice(0, 12)}…`;
}

/** "+447700900123" -> "*********123". */
export function maskPhone(number: string | null | undefined): string {
  if (!number) return '';
  const digits = number.trim();
  return digits.length <= 3 ? '***' : `${'*'.repeat(digits.length - 3)}${digits.slice(-3)}`;
}
