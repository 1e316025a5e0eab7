// Which visits are free. A landlord with its own scheduling system plugs it in behind
// CalendarProvider; the built-in calendar is a number of visits per slot type per working
// day, counted from the appointments the store holds. Free visits start the next working
// day: a same-day slot cannot be promised by text.
import type { SlotChoice } from '../../machines/conversation.types.js';
import { isWorkingDay, londonDate, londonTime, shiftDate } from '../clock/sla-clock.js';
import type { Store } from '../store/store.js';

export interface SlotType {
  id: string;
  label: string;
  start: string;
  end: string;
}

export interface CalendarProvider {
  /** Free visits after today, in date then slot order, up to the calendar's horizon. */
  available(now: Date): Promise<SlotChoice[]>;
  /** How many visits one slot can take, checked again when one is booked; null when the provider books for itself. */
  capacity(slot: string): number | null;
}

/** How far ahead the built-in calendar offers: past the longest repair timescale in the packs (90 days). */
export const HORIZON_DAYS = 120;

interface Skeleton {
  from: string;
  to: string;
  slots: SlotChoice[];
}

/**
 * Every slot of every working day in the horizon, by today's date and the slot types:
 * London times are dear to work out (about 25 ms for a horizon), so once a day will do.
 */
const SKELETONS = new Map<string, Skeleton>();

export class BuiltInCalendar implements CalendarProvider {
  constructor(
    private readonly store: Store,
    private readonly slots: readonly SlotType[],
    private readonly perSlot: number,
    private readonly horizonDays = HORIZON_DAYS,
  ) {}

  capacity(): number {
    return this.perSlot;
  }

  async available(now: Date): Promise<SlotChoice[]> {
    const all = this.allSlots(londonDate(now));
    const taken = await this.store.bookedCounts(all.from, all.to);
    return all.slots.filter((s) => (taken.get(`${s.date} ${s.slot}`) ?? 0) < this.perSlot);
  }

  private allSlots(today: string): Skeleton {
    const key = `${today} ${this.horizonDays} ${JSON.stringify(this.slots)}`;
    const cached = SKELETONS.get(key);
    if (cached) return cached;
    const from = shiftDate(today, 1);
    const to = shiftDate(today, this.horizonDays);
    const slots: SlotChoice[] = [];
    for (let day = from; day <= to; day = shiftDate(day, 1)) {
      if (!isWorkingDay(day)) continue;
      for (const s of this.slots) {
        slots.push({
          date: day,
          slot: s.id,
          label: s.label,
          start: s.start,
          end: s.end,
          startsAt: londonTime(day, s.start).toISOString(),
          endsAt: londonTime(day, s.end).toISOString(),
        });
      }
    }
    // A simulator's clock moves through many days; keep a few, not all of them.
    if (SKELETONS.size >= 16) SKELETONS.clear();
    const skeleton = { from, to, slots };
    SKELETONS.set(key, skeleton);
    return skeleton;
  }
}
