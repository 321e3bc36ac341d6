import { describe, expect, it } from "vitest";
import { isCalendarDate, parseIsoDate } from "../../src/model/iso-date.ts";
import { validateCurated } from "../../src/model/validate.ts";
import { dateToTime } from "../../src/query/timeline.ts";

describe("parseIsoDate", () => {
  it("reads a year, a month or a day", () => {
    expect(parseIsoDate("1997")).toEqual({ year: 1997 });
    expect(parseIsoDate("1997-03")).toEqual({ year: 1997, month: 3 });
    expect(parseIsoDate("2002-07-31")).toEqual({ year: 2002, month: 7, day: 31 });
  });

  it("refuses what is not on the calendar or not ISO", () => {
    for (const text of [
      "",
      "97",
      "1997-00",
      "1997-13",
      "1997-04-31",
      "1900-02-29",
      "1997-3",
      " 1997",
    ]) {
      expect(parseIsoDate(text), text).toBeNull();
    }
    expect(parseIsoDate("2000-02-29")).not.toBeNull();
  });

  it("reads years 0-99 by the Gregorian rule, not as 1900-1999", () => {
    // 0000 is a leap year; 1900, which Date would read 0000 as, is not.
    expect(isCalendarDate("0000-02-29")).toBe(true);
    expect(isCalendarDate("0100-02-29")).toBe(false);
  });
});

describe("validation and the timeline agree on what a date is", () => {
  const dates = ["1997", "1997-03", "1996-02-29", "1997-02-29", "1997-13", "c. 1997", "0004-02-29"];
  it.each(dates)("%s", (date) => {
    const result = validateCurated(
      { nodes: [{ key: "a", label: "A", nodeKind: "actor", date }], edges: [] },
      { fileName: "test.kg.json", sourceTexts: {} },
    );
    const dateErrors = result.ok
      ? []
      : result.errors.filter((error) => error.path.endsWith(".date"));
    expect(dateErrors.length === 0).toBe(dateToTime(date) !== null);
  });
});
