// What the service itself says around a conversation, outside any dialog: opting back in
// to texts, a photo, a message we could not process. Plain English and GSM-7, as all copy.
export const SERVICE_COPY = {
  optedIn: (landlord: string) => `You will get texts from ${landlord} again. Reply STOP at any time to stop them.`,
  photoKept: (reference: string) => `Thank you for the photo. We have kept it with your report, reference ${reference}.`,
  photoNoCase: () => 'Thank you for the photo. Please tell us in words what the problem is, and we will keep the photo with your report.',
  photoMidQuestion: () => 'Thank you for the photo, we will keep it with your report. Please answer our last question in words.',
  turnFailed: (phone: string) =>
    `Sorry, something went wrong on our side. We have your message and our team will look at it. If it is urgent, phone us on ${phone}.`,
} as const;
