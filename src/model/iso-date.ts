// The one reader of the dates a graph carries: an ISO year, month or day ("1997", "1997-03",
// "2002-07-31") that names a real calendar date. Validation rejects anything else; the timeline
// turns what passes into a position on its slider. One parser, so both agree on what a date is.

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date at year, month or day precision; month and day are 1-based. */
export interface IsoDate {
  year: number;
  month?: number;
  day?: number;
}

/** The date `text` names, or null when it is not YYYY, YYYY-MM or YYYY-MM-DD on the calendar. */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const date: IsoDate = { year: Number(match[1]) };
  if (match[2] === undefined) return date;
  date.month = Number(match[2]);
  if (date.month < 1 || date.month > 12) return null;
  if (match[3] === undefined) return date;
  date.day = Number(match[3]);
  if (date.day < 1 || date.day > daysInMonth(date.year, date.month)) return null;
  return date;
}

export function isCalendarDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

// Plain arithmetic rather than Date, which reads years 0-99 as 1900-1999.
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
