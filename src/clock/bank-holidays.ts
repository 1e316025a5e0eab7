// England and Wales bank holidays, substitute days included. date-holidays computes them
// for any year (no network, no yearly data file to forget to update); it agrees with the
// government's published list when asked for GB/ENG and filtered to public holidays.
import Holidays from 'date-holidays';

const england = new Holidays('GB', 'ENG');
const byYear = new Map<number, Map<string, string>>();

function holidaysIn(year: number): Map<string, string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    for (const h of england.getHolidays(year)) {
      if (h.type === 'public') days.set(h.date.slice(0, 10), h.name);
    }
    byYear.set(year, days);
  }
  return days;
}

/** The bank holiday's name on a London calendar date (yyyy-MM-dd), or undefined. */
export function bankHoliday(ymd: string): string | undefined {
  return holidaysIn(Number(ymd.slice(0, 4))).get(ymd);
}
