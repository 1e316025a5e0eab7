// Booking a repair visit, and moving or cancelling one. The machine decides what happens;
// which dates and slots are free is the calendar's business, so the engine fills each
// offer from the calendar and reads the tenant's pick against it (dialogs/slot-offer.ts,
// dialogs/read-slot.ts). The machine is told the pick and compares it with the promised
// date: a visit after it is booked, said so, and flagged for staff.
import { assign, sendParent, setup } from 'xstate';
import type { AppointmentChange, AppointmentView, BookingRequest, FlowOutput, FlowParentEvent, SlotChoice, UserTextEvent } from './conversation.types.js';
import { flowActions, replyGuards } from './flow.shared.js';

export interface BookingInput {
  /** A new repair to book, or a booked visit the tenant wants to move or cancel. */
  request: BookingRequest | null;
  current: AppointmentView | null;
  /** The tenant's words already asked to cancel ("cancel my appointment"). */
  wantsCancel?: boolean;
}

export interface BookingContext {
  request: BookingRequest | null;
  current: AppointmentView | null;
  wantsCancel: boolean;
  misses: number;
}

const { say } = flowActions<BookingContext>();

function pickOf(event: UserTextEvent): SlotChoice | null {
  return event.reply.slot?.kind === 'pick' ? event.reply.slot.option : null;
}

/** Where a pick falls against the promise: inside it, late because nothing was free, or late by the tenant's choice. */
function lateness(context: BookingContext, event: UserTextEvent): 'inside' | 'full' | 'chosen' {
  const slot = event.reply.slot;
  if (!context.request || slot?.kind !== 'pick' || slot.option.startsAt < context.request.dueBy) return 'inside';
  return slot.earliestFree < context.request.dueBy ? 'chosen' : 'full';
}

/** The reference and promised date the offer is for: the new repair's, or the booked visit's. */
function offerParams(context: BookingContext): Record<string, string> {
  return {
    reference: context.request?.reference ?? context.current?.reference ?? '',
    dueBy: context.request?.dueBy ?? '',
    // A visit being moved is not offered back to the tenant.
    exclude: context.current?.status === 'booked' || context.current?.status === 'en-route' ? `${context.current.date} ${context.current.slot}` : '',
  };
}

function visitParams(context: BookingContext): Record<string, string> {
  return {
    reference: context.current?.reference ?? '',
    startsAt: context.current?.startsAt ?? '',
    endsAt: context.current?.endsAt ?? '',
    label: context.current?.label ?? '',
  };
}

export const bookingMachine = setup({
  types: {
    context: {} as BookingContext,
    events: {} as UserTextEvent,
    input: {} as BookingInput,
    output: {} as FlowOutput,
  },
  actions: {
    say,
    record: sendParent<BookingContext, UserTextEvent, AppointmentChange, FlowParentEvent, UserTextEvent>((_, change) => ({
      type: 'flow.appointment',
      change,
    })),
    miss: assign(({ context }) => ({ misses: context.misses + 1 })),
    clearMisses: assign({ misses: 0 }),
    takeVisit: assign(({ event }) => ({ current: event.appointment ?? null, request: null, misses: 0 })),
  },
  guards: {
    saidYes: replyGuards.saidYes,
    saidNo: replyGuards.saidNo,
    picked: ({ event }) => pickOf(event) !== null,
    narrowed: ({ event }) => event.reply.slot?.kind === 'narrow',
    noneFit: ({ event }) => event.reply.slot?.kind === 'none-fit',
    taken: ({ event }) => event.reply.slot?.kind === 'taken',
    chose: ({ event }, option: string) => event.reply.choice === option,
    missedBefore: ({ context }) => context.misses >= 1,
    isMove: ({ context }) => context.current !== null,
    isRebook: ({ context }) => context.current?.status === 'no-access' || context.current?.status === 'cancelled',
    wantsCancel: ({ context }) => context.wantsCancel,
    isChange: ({ context }) => context.request === null,
    // Asking to move or cancel the visit that stands, at any question: that is what the tenant wants now.
    asksCancel: ({ event }) => event.reply.appointment === 'cancel' && event.appointment != null && event.appointment.status !== 'cancelled',
    asksChange: ({ event }) => event.reply.appointment != null && event.appointment != null,
  },
}).createMachine({
  id: 'booking',
  context: ({ input }) => ({
    request: input.request,
    current: input.current,
    wantsCancel: input.wantsCancel ?? false,
    misses: 0,
  }),
  initial: 'starting',
  states: {
    starting: {
      always: [
        { guard: 'isRebook', target: 'offering' },
        { guard: 'wantsCancel', target: 'confirmingCancel' },
        { guard: 'isChange', target: 'choosingChange' },
        { target: 'offering' },
      ],
    },
    choosingChange: {
      entry: { type: 'say', params: ({ context }) => ({ key: 'booking.changeMenu', params: visitParams(context) }) },
      on: {
        'user.text': [
          { guard: { type: 'chose', params: 'move' }, target: 'offering' },
          { guard: { type: 'chose', params: 'cancel' }, target: 'cancelling' },
          { guard: 'saidNo', actions: { type: 'say', params: ({ context }) => ({ key: 'booking.kept', params: visitParams(context) }) }, target: 'done' },
          { guard: 'missedBefore', actions: { type: 'say', params: { key: 'booking.callToArrange' } }, target: 'done' },
          { actions: ['miss', { type: 'say', params: { key: 'common.chooseNumber' } }] },
        ],
      },
    },
    offering: {
      description:
        'Offer visits on working days inside the priority timescale. With nothing free by then, the offer says so and the first free visits after it are offered instead.',
      entry: ['clearMisses', { type: 'say', params: ({ context }) => ({ key: 'booking.offer', params: offerParams(context) }) }],
      on: {
        'user.text': [
          {
            guard: 'picked',
            actions: [
              {
                type: 'record',
                params: ({ context, event }) => ({
                  action: context.current ? 'move' : 'book',
                  reference: context.request?.reference ?? context.current?.reference ?? '',
                  option: pickOf(event)!,
                  outsideTimescale: lateness(context, event) !== 'inside',
                  tenantChoseLater: lateness(context, event) === 'chosen',
                }),
              },
              {
                type: 'say',
                params: ({ context, event }) => {
                  const option = pickOf(event)!;
                  const late = lateness(context, event);
                  return {
                    key: late === 'full' ? 'booking.bookedLate' : context.current ? 'booking.moved' : 'booking.booked',
                    params: {
                      reference: context.request?.reference ?? context.current?.reference ?? '',
                      startsAt: option.startsAt,
                      endsAt: option.endsAt,
                      label: option.label,
                      dueBy: context.request?.dueBy ?? '',
                    },
                  };
                },
              },
            ],
            target: 'routingAfterBooking',
          },
          {
            guard: 'narrowed',
            actions: ['clearMisses', { type: 'say', params: ({ context }) => ({ key: 'booking.narrowed', params: offerParams(context) }) }],
          },
          {
            guard: 'taken',
            actions: ['clearMisses', { type: 'say', params: ({ context }) => ({ key: 'booking.taken', params: offerParams(context) }) }],
          },
          {
            guard: 'noneFit',
            actions: ['clearMisses', { type: 'say', params: ({ context }) => ({ key: 'booking.noneFit', params: offerParams(context) }) }],
          },
          { guard: 'asksCancel', actions: 'takeVisit', target: 'confirmingCancel' },
          { guard: 'asksChange', actions: 'takeVisit', target: 'choosingChange' },
          { guard: 'saidNo', target: 'leavingToStaff' },
          { guard: 'missedBefore', target: 'leavingToStaff' },
          { actions: ['miss', { type: 'say', params: ({ context }) => ({ key: 'booking.unread', params: offerParams(context) }) }] },
        ],
      },
    },
    routingAfterBooking: {
      always: [{ guard: 'isMove', target: 'done' }, { target: 'askingAccess' }],
    },
    askingAccess: {
      entry: { type: 'say', params: { key: 'booking.askAccess' } },
      on: {
        'user.text': [
          { guard: 'saidNo', actions: { type: 'say', params: { key: 'booking.noNotes' } }, target: 'done' },
          { guard: 'asksCancel', actions: 'takeVisit', target: 'confirmingCancel' },
          { guard: 'asksChange', actions: 'takeVisit', target: 'choosingChange' },
          {
            actions: [
              {
                type: 'record',
                params: ({ context, event }) => ({ action: 'access-notes', reference: context.request?.reference ?? '', notes: event.text.trim() }),
              },
              { type: 'say', params: { key: 'booking.notesKept' } },
            ],
            target: 'done',
          },
        ],
      },
    },
    leavingToStaff: {
      description: 'No visit chosen: the repair stays logged and staff call to arrange one.',
      entry: [
        {
          type: 'record',
          params: ({ context }) => ({ action: 'unbooked', reference: context.request?.reference ?? context.current?.reference ?? '' }),
        },
        { type: 'say', params: { key: 'booking.callToArrange' } },
      ],
      always: 'done',
    },
    confirmingCancel: {
      entry: { type: 'say', params: ({ context }) => ({ key: 'booking.confirmCancel', params: visitParams(context) }) },
      on: {
        'user.text': [
          { guard: 'saidYes', target: 'cancelling' },
          { guard: 'saidNo', actions: { type: 'say', params: ({ context }) => ({ key: 'booking.kept', params: visitParams(context) }) }, target: 'done' },
          { guard: 'missedBefore', actions: { type: 'say', params: ({ context }) => ({ key: 'booking.kept', params: visitParams(context) }) }, target: 'done' },
          { actions: ['miss', { type: 'say', params: { key: 'common.yesOrNo' } }] },
        ],
      },
    },
    cancelling: {
      entry: [
        { type: 'record', params: ({ context }) => ({ action: 'cancel', reference: context.current?.reference ?? '' }) },
        { type: 'say', params: ({ context }) => ({ key: 'booking.cancelled', params: visitParams(context) }) },
      ],
      always: 'done',
    },
    done: { type: 'final' },
  },
  output: () => ({ next: 'wrap-up' }),
});
