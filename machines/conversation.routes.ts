// Where a turn goes, as transition lists the conversation's states share: routes from free
// text where a new need may be described, and the safety-first handling of every message
// while a flow (repair, ASB, complaint, identity, booking) is running.
import { and } from 'xstate';

/**
 * Routes from free text, tried in order wherever the tenant may describe a new need. Safety
 * advice goes first; at the start of a conversation a tenant we know is then greeted by name.
 */
/**
 * Risk first: someone who may harm themselves is given the signposting and a person, whatever
 * else the text says; an emergency in the home they name is logged now, not left for the person.
 */
function selfHarmToAPerson<const First extends readonly string[]>(first: First) {
  const toPerson = { type: 'askForPerson', params: 'self-harm' } as const;
  return [
    { guard: and(['selfHarm', 'emergencyRepair']), actions: [...first, 'logAsOther', toPerson], target: '#conversation.awaitingAgent' },
    { guard: 'selfHarm', actions: [...first, toPerson], target: '#conversation.awaitingAgent' },
  ] as const;
}

export function routeByTriage(options: { greet?: boolean } = {}) {
  const first = options.greet
    ? (['remember', 'sayIfSafety', 'helloByName', 'noteTopic', 'logOthers'] as const)
    : (['remember', 'sayIfSafety', 'noteTopic', 'logOthers'] as const);
  return [
    ...selfHarmToAPerson(first),
    { guard: 'notEnglish', actions: [...first, { type: 'askForPerson', params: 'language' }], target: '#conversation.awaitingAgent' },
    { guard: 'wantsAppointmentChange', actions: [...first, 'keepChange'], target: '#conversation.inBooking' },
    { guard: 'noVisitToChange', actions: [...first, { type: 'say', params: { key: 'booking.noVisit' } }], target: '#conversation.choosingNeed' },
    // "Any news on my repair?" from a visitor we cannot place: link the chat to their tenancy first.
    { guard: 'offersLink', actions: first, target: '#conversation.linking' },
    { guard: 'isEscalation', actions: first, target: '#conversation.inFeedback' },
    { guard: 'isRepair', actions: first, target: '#conversation.inRepair' },
    { guard: 'isAsb', actions: first, target: '#conversation.inAsb' },
    { guard: 'isFeedback', actions: first, target: '#conversation.inFeedback' },
    // Every enquiry is recorded, answered or not, so the landlord sees what tenants ask.
    { guard: 'isNotAsb', actions: [...first, 'explainNotAsb', { type: 'logEnquiry', params: 'answered' }], target: '#conversation.wrappingUp' },
    { guard: 'hasEnquiryAnswer', actions: [...first, 'answerEnquiry', { type: 'logEnquiry', params: 'answered' }], target: '#conversation.wrappingUp' },
    // A question the assistant cannot answer goes to a person, rather than the menu.
    {
      guard: 'isQuestion',
      actions: [...first, { type: 'logEnquiry', params: 'open' }, { type: 'askForPerson', params: 'question' }],
      target: '#conversation.awaitingAgent',
    },
    { guard: 'onlySafety', actions: first, target: '#conversation.wrappingUp' },
  ] as const;
}

export function flowEvents() {
  return {
    // Safety first at every step: advice for a danger mentioned mid-flow goes out before the flow answers,
    // and a tenant who may harm themselves leaves the flow for a person (what the flow logged stays logged).
    'user.text': [
      ...selfHarmToAPerson(['remember', 'sayIfSafety'] as const),
      // Abuse told mid-flow ("he kicked it in, my ex, theres a court order"): the report is logged, with anything
      // else it names, and a person picks it up; no more questions about the first report.
      {
        guard: 'newAbuse',
        actions: ['remember', 'sayIfSafety', 'logAsOther', 'logOthers', { type: 'askForPerson', params: 'domestic-abuse' }],
        target: '#conversation.awaitingAgent',
      },
      // "never mind that, theres water coming through the light": logged at once as an emergency; an answer given with it still counts.
      { guard: and(['newEmergency', 'answersToo']), actions: ['remember', 'sayIfSafety', 'logAsOther', 'forward'] },
      {
        guard: 'newEmergency',
        actions: ['remember', 'sayIfSafety', 'logAsOther', { type: 'say', params: { key: 'conversation.backToQuestion' } }],
      },
      // "oh and the shower tray is cracked too" at a yes/no question: logged at once, and the question stays open.
      // "CHANGE" from an old text with no visit booked is not an answer to the open question.
      {
        guard: 'noVisitToChange',
        actions: ['remember', { type: 'say', params: { key: 'booking.noVisit' } }, { type: 'say', params: { key: 'conversation.backToQuestion' } }],
      },
      { guard: 'newProblem', actions: ['remember', 'sayIfSafety', 'logAsOther', { type: 'say', params: { key: 'conversation.backToQuestion' } }] },
      { actions: ['remember', 'sayIfSafety', 'forward'] },
    ],
    'flow.say': { actions: ['relay', 'noteAsk'] },
    'flow.case': { actions: ['relay', 'noteComplaint', 'noteCase'] },
    'flow.appointment': { actions: ['relay', 'noteVisit'] },
    'flow.contact': { actions: 'relay' },
  } as const;
}

export function flowDone() {
  return { actions: 'keepResume', target: '#conversation.resuming' } as const;
}
