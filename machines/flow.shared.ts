// What every flow machine (repair, ASB, complaint) shares: how it talks to the
// conversation that invoked it, and how it reads a YES, a NO or a menu choice. One
// definition, so the flows cannot drift apart in how they answer a tenant.
import { sendParent, type MachineContext } from 'xstate';
import type { CaseChange, FlowParentEvent, Say, UserTextEvent } from './conversation.types.js';

/** The say and openCase actions, typed for a flow's own context. */
export function flowActions<TContext extends MachineContext>() {
  return {
    say: sendParent<TContext, UserTextEvent, Say, FlowParentEvent, UserTextEvent>((_, say) => ({ type: 'flow.say', say })),
    openCase: sendParent<TContext, UserTextEvent, CaseChange, FlowParentEvent, UserTextEvent>((_, change) => ({
      type: 'flow.case',
      change,
    })),
  };
}

type Read = { event: UserTextEvent };

export const replyGuards = {
  saidYes: ({ event }: Read) => event.reply.yesNo === 'yes',
  saidNo: ({ event }: Read) => event.reply.yesNo === 'no',
  chose: ({ event }: Read) => event.reply.choice !== null,
};
