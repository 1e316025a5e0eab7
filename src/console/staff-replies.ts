// The pack's prepared replies for staff, with the conversation's facts filled in: the
// tenant's first name, the member of staff's, the lead case's reference, priority and due
// date. A reply needing a fact the conversation does not have is not offered.
import { formatDay } from '../../dialogs/format-time.js';
import type { PolicyPack } from '../policy/policy.schema.js';
import type { QueueConversation } from '../store/console-reads.js';
import { leadCase } from './queue.js';

export interface FilledReply {
  id: string;
  title: string;
  text: string;
}

export function staffReplies(pack: PolicyPack, c: QueueConversation, staffName: string, now: Date): FilledReply[] {
  const lead = leadCase(c);
  const priority = lead?.priority ? (pack.repairs.priorities.find((p) => p.id === lead.priority)?.label ?? lead.priority) : null;
  const facts: Record<string, string | null> = {
    name: c.tenantName?.trim().split(/\s+/)[0] ?? null,
    staff: staffName.trim().split(/\s+/)[0] ?? staffName,
    landlord: pack.landlord.shortName,
    phone: pack.contact.phone,
    reference: lead?.reference ?? null,
    priority: priority?.toLowerCase() ?? null,
    due: lead?.dueBy ? formatDay(lead.dueBy, now) : null,
  };
  return pack.staffReplies.flatMap((r) => {
    const fields = [...r.text.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]!);
    if (fields.some((f) => !facts[f])) return [];
    return [{ id: r.id, title: r.title, text: r.text.replace(/\{([a-z]+)\}/g, (_, f: string) => facts[f]!) }];
  });
}
