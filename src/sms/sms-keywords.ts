// The carrier keywords Twilio honours on SMS. A single word only (trailing punctuation
// allowed): "stop" opts out, but "stop the noise next door" is a message.
export type SmsKeyword = 'stop' | 'start' | 'yes';

const STOP = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT']);
const START = new Set(['START', 'UNSTOP']);

/** STOP-family -> 'stop'; START/UNSTOP -> 'start'; YES -> 'yes' (opts in only a number that is opted out). */
export function readSmsKeyword(body: string): SmsKeyword | null {
  const word = body
    .trim()
    .replace(/[.!?]+$/, '')
    .toUpperCase();
  if (STOP.has(word)) return 'stop';
  if (START.has(word)) return 'start';
  if (word === 'YES') return 'yes';
  return null;
}
