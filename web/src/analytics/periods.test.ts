import { describe, expect, it } from "vitest";
import { addMonths, bucketEnd, bucketStart, bucketsIn, comparisonRanges, dateOf, timelineRange } from "./periods";

describe("bucketStart", () => {
  it("starts ISO weeks on Monday", () => {
    expect(bucketStart("2026-11-01", "weekly")).toBe("2026-10-26"); // a Sunday belongs to the week before
    expect(bucketStart("2026-11-02", "weekly")).toBe("2026-11-02"); // Monday
    expect(bucketStart("2026-11-08", "weekly")).toBe("2026-11-02");
    expect(bucketStart("2027-01-01", "weekly")).toBe("2026-12-28"); // across a year end
  });

  it("starts months on the 1st and days on themselves", () => {
    expect(bucketStart("2026-02-28", "monthly")).toBe("2026-02-01");
    expect(bucketStart("2026-02-28", "daily")).toBe("2026-02-28");
  });
});

describe("bucketEnd", () => {
  it("ends months on their last day, leap years included", () => {
    expect(bucketEnd("2028-02-01", "monthly")).toBe("2028-02-29");
    expect(bucketEnd("2026-02-01", "monthly")).toBe("2026-02-28");
    expect(bucketEnd("2026-12-01", "monthly")).toBe("2026-12-31");
    expect(bucketEnd("2026-11-02", "weekly")).toBe("2026-11-08");
  });
});

describe("addMonths", () => {
  it("lands on the 1st even from the 31st", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-01");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-01");
  });
});

describe("ranges", () => {
  it("spans 30 days, 12 ISO weeks or 12 months up to today", () => {
    expect(timelineRange("daily", "2026-11-04")).toEqual({ from: "2026-10-06", to: "2026-11-04" });
    expect(timelineRange("weekly", "2026-11-04")).toEqual({ from: "2026-08-17", to: "2026-11-04" });
    expect(timelineRange("monthly", "2026-11-04")).toEqual({ from: "2025-12-01", to: "2026-11-04" });
    expect(bucketsIn(timelineRange("weekly", "2026-11-04"), "weekly")).toHaveLength(12);
    expect(bucketsIn(timelineRange("daily", "2026-11-04"), "daily")).toHaveLength(30);
  });

  it("compares this period so far with the whole previous one", () => {
    expect(comparisonRanges("weekly", "2026-11-04")).toEqual({ current: { from: "2026-11-02", to: "2026-11-04" }, previous: { from: "2026-10-26", to: "2026-11-01" } });
    expect(comparisonRanges("monthly", "2026-03-10")).toEqual({ current: { from: "2026-03-01", to: "2026-03-10" }, previous: { from: "2026-02-01", to: "2026-02-28" } });
    expect(comparisonRanges("daily", "2026-01-01")).toEqual({ current: { from: "2026-01-01", to: "2026-01-01" }, previous: { from: "2025-12-31", to: "2025-12-31" } });
  });
});

describe("dateOf", () => {
  it("takes the UTC date of a timestamp with an offset", () => {
    expect(dateOf("2026-11-01T23:30:00-05:00")).toBe("2026-11-02");
    expect(dateOf("not a date")).toBeNull();
    expect(dateOf(null)).toBeNull();
  });
});
