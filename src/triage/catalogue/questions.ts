// Clarifying questions used by several issues. Where the words alone cannot settle an
// issue's tier, the issue carries one YES/NO question; the answer may raise the tier, name a
// safety concern or move the report to another issue. The shared ones live here so that
// every issue asking, say, about a vulnerable household asks it the same way (the same
// object, too). GSM-7 only, and each ends with a YES/NO prompt.
import type { Clarification } from '../triage.types.js';

export const ASK_VULNERABLE: Clarification = {
  id: 'vulnerable-household',
  vulnerability: true,
  question: 'Is anyone in your home over 65, under 5, disabled, pregnant or unwell? Reply YES or NO',
  yes: { tier: 'emergency' },
};
export const ASK_LEAK_ELECTRICS: Clarification = {
  id: 'leak-near-electrics',
  question: 'Is the water near any electrics, or coming through a light or socket? Reply YES or NO',
  yes: { tier: 'emergency', safety: 'water-electrics', issueId: 'water-through-light' },
};
export const ASK_STOP_TAP: Clarification = {
  id: 'leak-stop-tap',
  question: 'Can you stop the water with your stop tap? Reply YES or NO',
  yes: {},
  no: { tier: 'emergency', issueId: 'leak-uncontrollable' },
};
export const askOnlyToilet = (issueId?: string): Clarification => ({
  id: 'only-toilet',
  question: 'Is this the only toilet in your home? Reply YES or NO',
  yes: issueId ? { tier: 'emergency', issueId } : { tier: 'emergency' },
});
export const ASK_CAN_LOCK: Clarification = {
  id: 'can-lock-home',
  question: 'Can you lock your home securely? Reply YES or NO',
  yes: {},
  no: { tier: 'emergency', issueId: 'external-door-insecure' },
};
export const ASK_WINDOW_SECURE: Clarification = {
  id: 'window-secure',
  question: 'Is your home still secure, with no way in through the broken glass? Reply YES or NO',
  yes: {},
  no: { tier: 'emergency', issueId: 'boarding-up' },
};
export const askFalling = (issueId: string): Clarification => ({
  id: 'falling-danger',
  question: 'Is anything falling, or hanging loose over a path or door? Reply YES or NO',
  yes: { tier: 'emergency', issueId },
});
export const ASK_STRANDED: Clarification = {
  id: 'adaptation-stranded',
  question: 'Are you stuck, or unable to get to a bed or toilet without it? Reply YES or NO',
  yes: { tier: 'emergency' },
};
export const ASK_BATH_INSTEAD: Clarification = {
  id: 'bath-instead',
  question: 'Do you have a bath you can use instead? Reply YES or NO',
  yes: { tier: 'routine' },
};
export const ASK_WATER_BELOW: Clarification = {
  id: 'water-getting-through',
  question: 'Is water getting through to the floor or the room below? Reply YES or NO',
  yes: { tier: 'urgent', issueId: 'bath-shower-leak' },
};
export const ASK_SPARKING: Clarification = {
  id: 'electrics-sparking',
  question: 'Is it sparking, smoking, scorched or hot to touch? Reply YES or NO',
  yes: { tier: 'emergency', issueId: 'dangerous-electrics' },
};
