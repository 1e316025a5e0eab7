// Words that ask to move or cancel a visit already booked: the keyword the appointment
// texts name ("CHANGE"), or the tenant's own ("can't make tuesday", "cancel my
// appointment"). Read only when the conversation has a visit that stands. A lone
// "cancel" never gets here: it is a carrier opt-out word, handled before the dialog.
const CANCEL =
  /\b(cancel|cancell?ed|call off)\b.*\b(appointment|appt|visit|booking|repair|it)\b|\bdon'?t need (the |a )?(visit|appointment)\b|\bno longer need\b/;
const CHANGE =
  /\b(rearrange|re-arrange|reschedule|re-schedule|rebook|re-book|another day|different day|other day|new day|new time|another time|different time)\b|\b(change|move|switch)\b.*\b(appointment|appt|visit|booking|day|time|date)\b|\b(can'?t|cannot|cant|won'?t|wont|will not|not going to|unable to)\b.*\b(make it|make the|be in|be home|be there|make that|make tomorrow|make today)\b/;

/** The whole text is the change word the appointment texts name ("CHANGE", "change."). */
export function isChangeWord(text: string, keyword: string): boolean {
  return text.toLowerCase().replace(/[^a-z]/g, '') === keyword.toLowerCase();
}

export function readAppointmentRequest(text: string, keyword: string): 'change' | 'cancel' | null {
  const words = text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
  if (isChangeWord(text, keyword)) return 'change';
  if (CANCEL.test(words)) return 'cancel';
  if (CHANGE.test(words)) return 'change';
  return null;
}
