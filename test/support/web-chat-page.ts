// Microsoft's Web Chat as assistive technology sees it, for the browser tests: the
// transcript feed, the send box, the suggested actions, and one message by what a screen
// reader is told it says.
import type { Page } from 'playwright-core';

export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const pattern = (text: string | RegExp) => (typeof text === 'string' ? literal(text) : text.source);

export const transcript = (p: Page) => p.getByRole('feed');
export const sendBox = (p: Page) => p.getByRole('textbox', { name: 'Message input box' });
export const suggested = (p: Page) => p.getByRole('toolbar', { name: 'Suggested actions' });

/**
 * One message in the transcript: Web Chat's <article> for the activity (bubble and status
 * line: "Sending", "Send failed. Retry", "Just now"), found by the name it gives the
 * message for screen readers, "You said: ..." or "Bot ... said: ...".
 */
export const activity = (p: Page, name: RegExp) =>
  transcript(p)
    .locator('article')
    .filter({ has: p.getByRole('article', { name }) });
/** A message the visitor sent, holding these words. */
export const visitorSaid = (p: Page, text: string | RegExp) => activity(p, new RegExp(`^You said:.*${pattern(text)}`, 'i'));
/** A message from the assistant holding these words. */
export const botSaid = (p: Page, text: string | RegExp) => activity(p, new RegExp(`^Bot\\b.*said:.*${pattern(text)}`, 'i'));
