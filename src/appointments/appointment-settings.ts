// The appointment and reminder settings of a pack, as the engine, the scheduler and the API
// use them: one place, so they agree. The defaults a landlord gets when its standards say
// nothing are the schema's (policy.schema.ts).
import type { PolicyPack } from '../policy/policy.schema.js';
import type { QuietHours } from '../clock/quiet-hours.js';

export interface AppointmentSettings {
  texts: ReadonlySet<'booked' | 'day-before' | 'on-the-way' | 'survey'>;
  dayBeforeAt: string;
  surveyDelayMinutes: number;
  surveyShare: number;
  keyword: string;
  quietHours: QuietHours;
  slaWarnShare: number;
  delayNotice: boolean;
}

export function appointmentSettings(pack: PolicyPack): AppointmentSettings {
  const a = pack.appointments;
  return {
    texts: new Set(a.texts),
    dayBeforeAt: a.dayBeforeAt,
    surveyDelayMinutes: a.surveyDelayMinutes,
    surveyShare: a.surveyShare,
    keyword: a.changeKeyword,
    quietHours: { start: pack.quietHours.start, end: pack.quietHours.end },
    slaWarnShare: pack.slaWarnShare,
    delayNotice: pack.delayNotice !== undefined,
  };
}
