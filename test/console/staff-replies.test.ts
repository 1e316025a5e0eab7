// Prepared replies with the conversation's facts filled in: offered only when every fact
// they need is known, so an unknown number still gets the ones that fit it.
import { describe, expect, it } from 'vitest';
import { staffReplies } from '../../src/console/staff-replies.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import type { QueueConversation } from '../../src/store/console-reads.js';

const NOW = new Date('2026-12-07T10:00:00Z');
const pack = {
  ...loadPolicy('nph'),
  staffReplies: [
    { id: 'hello', title: 'Hello', text: 'Hello {name}, this is {staff} from {landlord}.' },
    { id: 'plain', title: 'Plain', text: 'This is {staff}. Call {phone} if it is urgent.' },
    { id: 'date', title: 'Date', text: 'Repair {reference} is {priority}: we will come by {due}.' },
  ],
};

const conversation = (part: Partial<QueueConversation> = {}): QueueConversation => ({
  id: 'c1',
  channel: 'sms',
  address: '+447700900123',
  mode: 'staff',
  updatedAt: NOW,
  lastInboundAt: NOW,
  lastStaffAt: null,
  tenantName: null,
  tenancyRef: null,
  vulnerabilities: [],
  handoff: null,
  openCases: [],
  ...part,
});

describe('prepared replies', () => {
  it('fills in the tenant, the member of staff, the landlord and the lead case', () => {
    const c = conversation({
      tenantName: 'Rita Patel',
      openCases: [
        {
          reference: 'TAP00001',
          kind: 'repair',
          status: 'open',
          openedAt: NOW,
          dueBy: new Date('2026-12-09T17:00:00Z'),
          priority: 'urgent',
          tier: 'urgent',
          grade: null,
          level: null,
          vulnerable: false,
          safety: [],
          alert: null,
        },
      ],
    });
    const replies = staffReplies(pack, c, 'Amy Agent', NOW);
    expect(replies.map((r) => r.text)).toEqual([
      `Hello Rita, this is Amy from ${pack.landlord.shortName}.`,
      `This is Amy. Call ${pack.contact.phone} if it is urgent.`,
      expect.stringMatching(/^Repair TAP00001 is urgent: we will come by .*9 December/),
    ]);
  });

  it('leaves out a reply needing a fact the conversation does not have', () => {
    expect(staffReplies(pack, conversation(), 'Amy Agent', NOW).map((r) => r.id)).toEqual(['plain']);
  });

  it('offers every shipped pack’s replies to a number not on the list', () => {
    for (const id of ['nph', 'papworth', 'housing-plus']) {
      const offered = staffReplies(loadPolicy(id), conversation(), 'Amy Agent', NOW).map((r) => r.id);
      expect(offered, id).toEqual(expect.arrayContaining(['introduce', 'more-detail', 'hand-back']));
    }
  });
});
