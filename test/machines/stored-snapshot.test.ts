// A saved conversation holds a mark where its contexts held the landlord's promises, and
// gets the promises of the event that wakes it, in the machine and in every running child.
import { describe, expect, it } from 'vitest';
import type { PolicyNow } from '../../machines/conversation.types.js';
import { POLICY_MARK, restoredSnapshot, storedSnapshot } from '../../machines/stored-snapshot.js';

const then = { landlord: 'as promised last month' } as unknown as PolicyNow;
const now = { landlord: 'as promised today' } as unknown as PolicyNow;

/** A persisted snapshot's shape: a context, running children with snapshots of their own. */
const saved = (policy: unknown, childPolicy: unknown) => ({
  status: 'active',
  value: { inFeedback: 'recording' },
  context: { name: 'Sam', policy, topics: [{ context: { policy: 'a tenant said this' } }] },
  children: {
    feedback: {
      src: 'complaint',
      snapshot: {
        context: { reference: 'AB12CD34', policy: childPolicy },
        children: { booking: { snapshot: { context: { policy: childPolicy } } } },
      },
    },
  },
});

describe('stored snapshots', () => {
  it('save each context, children and theirs too, with a mark instead of its promises, and change nothing else', () => {
    expect(storedSnapshot(saved(then, then))).toEqual(saved(POLICY_MARK, POLICY_MARK));
    expect(JSON.stringify(storedSnapshot(saved(then, then)))).not.toContain('last month');
  });

  it('restore with the promises of the event, whether saved with a mark or with promises of their own', () => {
    expect(restoredSnapshot(storedSnapshot(saved(then, then)), now)).toEqual(saved(now, now));
    expect(restoredSnapshot(saved(then, then), now)).toEqual(saved(now, now));
  });

  it('leave a context that has no promises yet without them', () => {
    expect(restoredSnapshot(storedSnapshot(saved(null, then)), now)).toEqual(saved(null, now));
  });
});
