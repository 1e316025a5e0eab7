// What the service itself says around a conversation, outside any dialog: opting back in
// to texts, a photo, a message we could not process, a handoff nobody has picked up yet. Plain English and GSM-7, as all copy.
export const SERVICE_COPY = {
  /** The one-time code that proves a web chat visitor holds the number they typed for visit reminders. */
  reminderCode: (landlord: string, code: string) =>
    `${landlord}: your code is ${code}. Type it in the chat where we asked for it, to check this number is yours. Not you? Ignore this message.`,
  optedIn: (landlord: string) => `You will get texts from ${landlord} again. Reply STOP at any time to stop them.`,
  photoKept: (reference: string) => `Thank you for the photo. We have kept it with your report, reference ${reference}.`,
  photoNoCase: () => 'Thank you for the photo. Please tell us in words what the problem is, and we will keep the photo with your report.',
  cannotOpen: (midQuestion: boolean) =>
    `Sorry, I can only read words and photos, not videos, voice messages or files. ${midQuestion ? 'Please answer our last question in words.' : 'Please tell us in words what you need.'}`,
  photoMidQuestion: () => 'Thank you for the photo, we will keep it with your report. Please answer our last question in words.',
  turnFailed: (phone: string) =>
    `Sorry, something went wrong on our side. We have your message and our team will look at it. If it is urgent, phone us on ${phone}.`,
  /** Nobody picked up a handoff in time. No details of what it is about: the tenant's phone may not be private. */
  handoffUnanswered: (outOfHours: string) =>
    `Sorry, nobody from our team has been able to reply yet. They will reply here as soon as they can. If it is an emergency, call ${outOfHours}. To carry on with me meanwhile, reply MENU.`,
  whileStopped: () => 'While texts were stopped we still read your messages. This is our reply to your last one:',
  /** `name`: the first name of the person who joined, when a person in the console took it. */
  staffJoined: (name?: string) =>
    name
      ? `${name} from our team has joined this conversation and will reply to you here.`
      : 'A member of our team has joined this conversation and will reply to you here.',
} as const;
