// Everything the assistant says, by key. Plain English, short, GSM-7 only: no curly
// quotes, dashes or emoji, so a text costs one or two segments (test/dialogs checks
// every line). Values arrive from the machines as params.
import { showMobile } from './read-contact.js';

type Params = Record<string, string | number>;
type Line = (p: Params) => string;

const ACTIONS: Record<string, string> = {
  attend: 'attend',
  'make-safe': 'attend and make it safe',
  complete: 'complete the repair',
};

/** The landlord's own words after our thanks, without a first sentence that thanks again ("Thank you. We will..."). */
function afterThanks(words: string | number | undefined): string {
  return String(words ?? '').replace(/^\s*thank you[^.!]*[.!]\s*/i, '');
}

/**
 * A conversation handed to staff: who replies and when (soon in office hours, else when the
 * office opens, with the emergency number), no call when contact must be safe, and for a
 * tenant who may not read English, the interpreter offer first in plain words.
 */
function handoffLine(p: Params): string {
  const parts: string[] = [];
  if (p.reason === 'language') parts.push(`We can get an interpreter or a translation for you.${p.language ? ` ${p.language}` : ''}`);
  if (p.reason === 'question') parts.push('I cannot answer that myself, so I have passed your question to our team.');
  parts.push(
    p.open
      ? `${p.reason === 'question' ? 'Someone usually replies here' : 'I have asked a member of our team to reply to you here. Someone usually replies'} within ${p.minutes} minutes.${String(p.language).includes(String(p.phone)) && p.reason === 'language' ? '' : ` If it is an emergency, call ${p.phone}.`}`
      : `Our office is closed now. A member of our team will reply to you here after it opens at ${p.opens}. If it is an emergency, call ${p.outOfHours}.`,
  );
  if (p.safe) parts.push('We will not phone you, and our texts will not say what this is about.');
  if (p.reason === 'language') parts.push('Please tell us which language you speak.');
  else if (p.reason === 'asked' || p.reason === 'stuck' || p.reason === 'question') parts.push('Reply MENU to carry on with me instead.');
  return parts.join(' ');
}

export const COPY: Record<string, Line> = {
  'common.chooseNumber': () => 'Sorry, I did not get that. Please reply with the number of an option, or say it in your own words.',
  'common.yesOrNo': () => 'Sorry, I did not get that. Please reply YES or NO.',

  'safety.advice': (p) => `${p.advice}`,

  'conversation.greeting': (p) => `Hello, this is the ${p.landlord} assistant.`,
  'conversation.helloNamed': (p) => `Hello ${p.name}.`,
  'conversation.greetingNamed': (p) => `Hello ${p.name}, this is the ${p.landlord} assistant.`,
  'conversation.menu': () =>
    'How can we help? Reply with a number:\n1 Report a repair\n2 Report anti-social behaviour\n3 Complaint, comment or compliment\n4 Ask a question\n5 Speak to a person',
  'conversation.restart': () => 'OK, let us start again.',
  'conversation.versionRestart': () => 'Sorry, we have updated our service and need to start this chat again. Anything you reported is still logged.',
  'conversation.help': (p) =>
    `You are texting the ${p.landlord} assistant. Tell us what you need in your own words. Reply MENU for options, START AGAIN to start over, or PERSON to speak to our team. Phone ${p.phone}. Emergencies out of hours: ${p.outOfHours}.`,
  'conversation.anythingElse': () => 'Is there anything else we can help with? Reply YES or NO.',
  'conversation.bye': () => 'Thank you. Text us any time if you need anything else.',
  'conversation.welcome': () => 'You are welcome. Text us any time if you need anything.',
  'conversation.handoff': (p) => handoffLine(p),
  'conversation.handedBack': (p) => `You are back with the ${p.landlord} assistant. Tell me what you need, or reply MENU for options.`,
  'conversation.alsoLogged': (p) => `I have also logged:\n${p.list}\nWe will contact you to arrange any visit.`,
  'conversation.backToQuestion': () => 'Please also answer my last question above.',
  'conversation.stillWaiting': () => 'Thank you, our team will see your messages when they reply.',

  'identity.askAddress': () => 'So we can find your home, please reply with your postcode and door number, for example NE1 4XY 12.',
  'identity.askAddressAgain': () =>
    'Sorry, I could not find a postcode in that. Please reply with your postcode and door number, like NE1 4XY 12, or reply SKIP.',
  'identity.askName': () => 'And your name?',
  'identity.thanks': () => 'Thank you. We have added these details to your report.',
  'identity.skipped': () => 'That is fine. Your report is still logged.',

  'enquiry.ask': () => 'What would you like to know? Ask in your own words.',
  'enquiry.answer': (p) => `${p.label}: ${p.words}`,

  'repair.askIssue': () => 'Please tell us what needs repairing, in a few words. For example: boiler not working, or kitchen tap leaking.',
  'repair.askIssueAgain': () =>
    'Sorry, I could not tell what needs repairing. Please describe the problem, for example: no hot water, or front door will not lock.',
  // Planned work is asked for, not suffered: no "sorry" for a request for new windows.
  'repair.understood': (p) => (p.planned ? `Thank you. I have noted your request: ${p.issue}.` : `Sorry to hear that. I have noted: ${p.issue}.`),
  'repair.askLocation': () =>
    'Where in your home is the problem? Reply with a number:\n1 Kitchen\n2 Bathroom or toilet\n3 Bedroom\n4 Living room\n5 Hall, stairs or landing\n6 Outside or garden\n7 Shared area\n8 Somewhere else',
  'repair.clarify': (p) => `${p.question}`,
  'repair.clarifyYes': (p) => `${p.advice}`,
  'repair.choseHigher': () => 'I was not sure, so I have treated this as the more urgent option to be safe.',
  'repair.askVulnerability': () =>
    'Does anyone in your home have a disability or health condition, or is anyone elderly or a young child, that makes this repair more urgent? Reply YES or NO.',
  'repair.quote': (p) =>
    `Thank you. Your repair is logged as ${p.priority}, reference ${p.reference}. We will ${ACTIONS[String(p.action)] ?? 'attend'} ${p.promise}. ${p.next}`,
  'repair.quoteEmergency': (p) =>
    `Thank you. This is an emergency repair: ${p.issue}. Your reference is ${p.reference}. We will ${ACTIONS[String(p.action)] ?? 'attend'} ${p.promise}. Please keep your phone on so our team can reach you.`,
  'repair.photoLink': (p) => `A photo helps us bring the right parts. To send us one, open ${p.url} (the link works once, for ${p.days} days).`,
  'repair.awaabs': (p) =>
    `Damp and mould can harm health. Under Awaab's Law we will investigate ${p.promise}, and tell you in writing what we found within 3 working days after that.`,
  'repair.offerComplaint': () =>
    'I am sorry this has not been put right. Would you like to make a complaint about how it has been handled? Your repair goes ahead either way. Reply YES or NO.',
  'repair.noComplaint': () => 'OK. Your repair is logged and will go ahead.',
  'repair.complaintAfterBooking': () => 'Thank you. First we will book a visit for your repair, then take your complaint.',

  // The engine fills `options` (a numbered list), `dueDay` and `late` from the calendar: see dialogs/slot-offer.ts.
  'booking.offer': (p) =>
    p.options
      ? `${p.late ? `Sorry, we have no visit free by ${p.dueDay}, the date we promised. The earliest we can come:` : 'When can we come? Reply with a number, or tell us a day and time that suits you (like "tues morning"):'}\n${p.options}`
      : 'Sorry, we have no visits free to book by text just now. Reply NO and our team will call you to arrange one.',
  'booking.narrowed': (p) => `These visits fit. Reply with a number:\n${p.options}`,
  'booking.noneFit': (p) =>
    `Sorry, we have nothing free that fits. ${p.late ? 'The earliest we can come:' : 'These are free. Reply with a number, or another day or time:'}\n${p.options}`,
  'booking.taken': (p) => `Sorry, that visit has just been taken. These are free. Reply with a number:\n${p.options}`,
  'booking.unread': () =>
    'Sorry, I did not get that. Reply with a number, or a day and time like "friday afternoon". Or reply NO and our team will call you to arrange a visit.',
  'booking.booked': (p) =>
    `Booked: we will come on ${p.when} for repair ${p.reference}.${p.remind ? ' We will text you the day before.' : ''} To move or cancel it, reply ${p.keyword}.`,
  'booking.bookedLate': (p) =>
    `We have booked the first visit we have: ${p.when}, for repair ${p.reference}. That is after ${p.dueDay}, the date we promised, so our team has been told and will call you if they can come sooner. To move or cancel it, reply ${p.keyword}.`,
  'booking.moved': (p) => `Done: your visit for repair ${p.reference} is now ${p.when}. To change it again, reply ${p.keyword}.`,
  'booking.askAccess': () => 'Is there anything our operative should know to get in, such as pets, parking or a key safe? Reply with a note, or NO.',
  'booking.noNotes': () => 'OK, thank you.',
  'booking.notesKept': () => 'Thank you, we have added that to your visit.',
  'booking.callToArrange': () => 'OK. Your repair is still logged, and our team will contact you to arrange a visit.',
  'booking.changeMenu': (p) => `Your visit for repair ${p.reference} is ${p.when}. Reply with a number:\n1 Move it to another day\n2 Cancel it`,
  'booking.confirmCancel': (p) => `Cancel your visit on ${p.when} for repair ${p.reference}? Reply YES or NO.`,
  'booking.cancelled': (p) => `Your visit on ${p.when} is cancelled. Repair ${p.reference} is still logged: text ${p.keyword} or call us to book a new visit.`,
  'booking.noVisit': () => 'You have no visit booked with us at the moment, so there is nothing to change.',
  'booking.kept': (p) => `OK, your visit on ${p.when} stays as booked.`,

  // Offered only where the tenant cannot be texted already (web chat): no "text you" or "texts" here.
  'texts.offer': () => 'Would you like a reminder by text message the day before your visit? Reply YES or NO.',
  'texts.askNumber': () => 'Please type your mobile number, for example 07700 900123. We will send it a code to check it is yours.',
  'texts.notMobile': () => 'Sorry, that does not look like a UK mobile number. Please type it like 07700 900123, or reply NO.',
  'texts.codeSent': (p) =>
    `We have sent a 6-digit code by text message to ${showMobile(String(p.number))}. Please type it here. If that is the wrong number, type the right one.`,
  'texts.askCode': (p) => `Please type the 6-digit code we sent to ${showMobile(String(p.number))}, or reply NO to keep updates here.`,
  'texts.wrongCode': () => 'That code does not match. Please check the text message and type the code again.',
  'texts.expired': () => 'That code has run out. Type your mobile number again for a new one, or reply NO.',
  'texts.agreed': (p) =>
    `Thank you, that number is checked. Reminders about your visit will go to ${showMobile(String(p.number))} by text message. Reply STOP to any of them to stop them.`,
  'texts.stayHere': () => 'OK. Any news about your visit will come here, in this chat.',
  'texts.gaveUp': () => 'Sorry, I could not check that number. Any news about your visit will come here, in this chat.',

  // Linking a web chat or Messenger conversation to the tenancy, by the mobile number on it.
  'link.offer': () =>
    'I cannot see your reports from this chat yet. To link it to your tenancy, type the mobile number we have for you, for example 07700 900123. We will send it a code to check it is yours. Or reply NO.',
  'link.askNumber': () => 'Please type the mobile number we have for you, for example 07700 900123. We will send it a code to check it is yours.',
  'link.notMobile': () => 'Sorry, that does not look like a UK mobile number. Please type it like 07700 900123, or reply NO.',
  'link.notOnList': () => 'Sorry, that number is not on our records for any tenancy. If you have another mobile number, type that, or reply NO.',
  'link.codeSent': (p) =>
    `We have sent a 6-digit code by text message to ${showMobile(String(p.number))}. Please type it here. If that is the wrong number, type the right one.`,
  'link.askCode': (p) => `Please type the 6-digit code we sent to ${showMobile(String(p.number))}, or reply NO.`,
  'link.wrongCode': () => 'That code does not match. Please check the text message and type the code again.',
  'link.expired': () => 'That code has run out. Type your mobile number again for a new one, or reply NO.',
  'link.agreed': () => 'Thank you, this chat is now linked to your tenancy. Ask me "any news?" at any time to hear where your reports and visits are up to.',
  'link.stayHere': () => 'OK, this chat is not linked to your tenancy. To ask about a report, call us, or text us from the mobile number we have for you.',
  'link.gaveUp': () => 'Sorry, I could not check that number, so this chat is not linked. Please try again later, or call us.',

  'asb.notAsb': (p) => `${p.explanation}`,
  'asb.understood': (p) => `I am sorry you are going through this. I have noted it as: ${p.category}.`,
  'asb.askWhat': () =>
    'What has been happening? Tell us in your own words, or reply with a number:\n1 Noise\n2 Threats, violence or harassment\n3 Hate incident\n4 Drugs\n5 Damage or vandalism\n6 Rubbish, fly-tipping or graffiti\n7 Something else',
  'asb.dangerAdvice': () => 'If anyone is in danger now, call 999. If you cannot speak, call 999 and press 55. We will treat your report as our most serious.',
  'asb.notedAffected': () => 'Thank you, we have added that to your report.',
  'asb.askAffected': () => 'Who is affected? Reply with a number:\n1 Just me\n2 Me and my household\n3 Several neighbours or the wider area',
  'asb.graded': (p) =>
    `Thank you for telling us. Your reference is ${p.reference}. We have graded this as ${p.grade}. A member of our team will contact you ${p.safe ? 'by text only, ' : ''}${p.promise}.`,
  'asb.actionPlan': (p) => (p.promise ? `${p.plan} We will agree it ${p.promise}.` : `${p.plan}`),
  'asb.signpost': (p) =>
    p.category === 'hate-incident'
      ? 'Hate incidents are crimes too: you can report to the police on 101, or 999 in an emergency. Keep a note of dates, times and what happened.'
      : 'Please keep a note of dates, times and what happened. For crime call the police on 101, or 999 in an emergency.',

  'feedback.askType': () =>
    'Thank you. Which is it? Reply with a number:\n1 Something needs fixing or doing for the first time\n2 A complaint about our service\n3 A comment or suggestion\n4 A compliment',
  'feedback.serviceRequest': () =>
    'That is a request for a service, so let us get it sorted. If you are unhappy with how we handle it, you can complain at any time.',
  'feedback.askDetails.complaint': () => 'I am sorry things have gone wrong. Please tell us what happened and what you would like us to do to put it right.',
  'feedback.askDetails.comment': () => 'Please tell us your comment or suggestion.',
  'feedback.askDetails.compliment': () => 'Lovely. Please tell us who or what you would like to thank.',
  'feedback.askDetails.representative-enquiry': () =>
    'Thank you. Please tell us the name and address of the resident you are acting for, and what the enquiry is about.',
  'feedback.offerComplaint': () =>
    'I am sorry about that. Would you like to make a complaint? If you do, we will look into it and reply by the dates we promise. Reply YES or NO.',
  'complaint.askOutcome': () => 'Tell us anything else that happened, and what you would like us to do to put it right.',
  'complaint.outcomeAdded': () => 'Thank you, we have added that to your complaint.',
  'feedback.declined': () => 'OK, we will not log a complaint. Thank you for telling us: we have noted what you said so the right team hears it.',
  'feedback.comment': (p) => `Thank you for your comment. ${afterThanks(p.words)}`,
  'feedback.compliment': (p) => `Thank you, that is kind of you. ${afterThanks(p.words)}`,
  'feedback.representative': (p) => `Thank you. Your enquiry reference is ${p.reference}. We will respond in writing ${p.promise}.`,
  'feedback.representativeNoPromise': (p) => `Thank you. Your enquiry reference is ${p.reference}. We have passed it to our team, who will respond in writing.`,

  'complaint.acknowledged': (p) =>
    `Thank you. We have logged your complaint at stage 1, reference ${p.reference}. We will acknowledge it ${p.acknowledge}, and send our full response ${p.stage1}.`,
  'complaint.nextSteps': (p) =>
    `If you are not happy with our answer you can ask us to take it to stage 2 ${p.window}. After that you can go to the ${p.ombudsman} on ${p.ombudsmanPhone}.`,
  'complaint.askReference': () => 'I can take your complaint to stage 2. What is your complaint reference? If you do not have it, reply SKIP.',
  'complaint.askUnresolved': () => 'You do not have to give reasons. If you want to, tell us what is still not put right, or reply SKIP.',
  'complaint.stage2': (p) =>
    `Thank you. Your complaint ${p.reference} is now at stage 2 and a different person will review it. We will acknowledge it ${p.acknowledge}, and send our full response ${p.stage2}.`,
  'complaint.stage2Late': (p) =>
    `Thank you. We usually ask for stage 2 ${p.window}, and that time has passed for complaint ${p.reference}. A manager will decide whether it can go to stage 2 and will reply ${p.acknowledge}.`,
  'complaint.ombudsman': (p) =>
    `If you are still unhappy after stage 2, you can ask the ${p.ombudsman} to look at it: ${p.ombudsmanPhone} or ${p.ombudsmanWeb}. You can also ask them for advice at any time.`,
};
