// A conversation's machine is saved after every turn and restored for the next. The
// landlord's promises as dates (PolicyNow) were four fifths of what its contexts held, and
// every event brings them afresh: a context's promises are saved as a mark and restored
// from the event that wakes the machine, so a saved conversation holds no dates that go
// stale, and one saved before the landlord's pack changed quotes the pack as it is now.
import type { PolicyNow } from './conversation.types.js';

/** What a saved context holds in place of the promises it had. */
export const POLICY_MARK = 'promises of the event';

type Shape = Record<string, unknown>;
const isShape = (v: unknown): v is Shape => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The snapshot with each context's promises (the machine's and its running children's) passed through `change`. */
function eachPolicy(snapshot: unknown, change: (policy: unknown) => unknown): unknown {
  if (!isShape(snapshot)) return snapshot;
  const out: Shape = { ...snapshot };
  const context = snapshot.context;
  if (isShape(context) && context.policy !== null && context.policy !== undefined) out.context = { ...context, policy: change(context.policy) };
  if (isShape(snapshot.children)) {
    out.children = Object.fromEntries(
      Object.entries(snapshot.children).map(([id, child]) => [
        id,
        isShape(child) && 'snapshot' in child ? { ...child, snapshot: eachPolicy(child.snapshot, change) } : child,
      ]),
    );
  }
  return out;
}

/** A persisted snapshot as it is saved: the promises left out. */
export function storedSnapshot(snapshot: unknown): unknown {
  return eachPolicy(snapshot, () => POLICY_MARK);
}

/** A saved snapshot ready to restore, with the promises of the event about to be sent (a snapshot saved with its promises gets these too). */
export function restoredSnapshot(snapshot: unknown, policy: PolicyNow): unknown {
  return eachPolicy(snapshot, () => policy);
}
