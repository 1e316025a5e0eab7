// A repair reported where a photo cannot be sent (SMS, web chat) is quoted with a one-time
// link to send one from the phone's browser. Once per repair: on the turn its date is
// promised. Not for emergencies, where the tenant's next step is keeping the phone on.
import type { CaseChange, Say } from '../../machines/conversation.types.js';
import type { UploadLinks } from '../photos/upload-links.js';
import type { TurnWrite } from '../store/store.js';

export function offerPhotoLink(write: TurnWrite, ran: { says: Say[]; cases: CaseChange[] }, links: UploadLinks, at: Date): void {
  const quoted = ran.cases.find((c) => c.kind === 'repair' && c.dueBy && c.tier !== 'emergency');
  if (!quoted) return;
  const link = links.issue(quoted.reference, at);
  write.uploadLinks = [...(write.uploadLinks ?? []), { id: link.id, reference: link.reference, expiresAt: link.expiresAt }];
  // Straight after the quote, before any question about a visit, so the last thing asked stays last.
  const quote = ran.says.findIndex((s) => s.key === 'repair.quote');
  ran.says.splice(quote < 0 ? ran.says.length : quote + 1, 0, { key: 'repair.photoLink', params: { url: link.url, days: links.validDays } });
}
