// The appointment and reminder settings of a pack, with the defaults a landlord gets when
// its standards say nothing: one place, so the engine, the scheduler and the API agree.
import type { PolicyPack } from '../policy/policy.schema.js';
import { DEFAULT_QUIET_HOURS, type QuietHours } from '../clock/quiet-hours.js';

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
    dayBeforeAt: a.dayBeforeAt ?? '18:00',
    surveyDelayMinutes: a.surveyDelayMinutes ?? 60,
    surveyShare: a.surveyShare ?? 1,
    keyword: a.changeKeyword ?? 'CHANGE',
    quietHours: pack.quietHours ? { start: pack.quietHours.start, end: pack.quietHours.end } : DEFAULT_QUIET_HOURS,
    slaWarnShare: pack.slaWarnShare ?? 0.75,
    delayNotice: pack.delayNotice !== undefined,
  };
}
