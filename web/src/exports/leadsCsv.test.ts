import { describe, expect, it } from "vitest";
import { parseLeads } from "../api/parseLead";
import { lead, phone } from "../test/fixtures";
import { flattenPhones, LEAD_COLUMNS, leadsToCsv } from "./leadsCsv";
import { leadsToJson } from "./leadsJson";

describe("leadsToCsv", () => {
  it("writes the header in the API's column order and one row per lead", () => {
    const csv = leadsToCsv([lead({ name: 'Smith, "Bob" & Co', address: "1 Main St\nSuite 2", phones: [phone("+14165550101", 0.7), phone("+14165550102", 0.99)] })]);
    const [header, ...rest] = csv.split("\r\n");
    expect(header).toBe(LEAD_COLUMNS.join(","));
    const row = rest.join("\r\n");
    expect(row).toContain('"Smith, ""Bob"" & Co"');
    expect(row).toContain('"1 Main St\nSuite 2"');
    expect(row).toContain("+14165550102; +14165550101"); // best first
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.startsWith("\uFEFF")).toBe(false);
  });

  it("prefixes a BOM when asked, for Excel", () => {
    expect(leadsToCsv([], { bom: true })).toBe(`\uFEFF${LEAD_COLUMNS.join(",")}\r\n`);
  });

  it("keeps an extension apart from the E.164", () => {
    expect(flattenPhones(lead({ phones: [{ ...phone("+14165550101", 0.9), extension: "12" }] }))).toBe("+14165550101;ext=12");
  });
});

describe("leadsToJson", () => {
  it("round-trips through the API parser", () => {
    const original = [
      lead({ phones: [phone("+14165550101", 0.95, ["tel_link"])], emails: [{ address: "a@b.test", confidence: 0.95, layers: ["mailto"] }], rating: 4.5, reviewsCount: 10 }),
    ];
    expect(parseLeads(JSON.parse(leadsToJson(original)))).toEqual(original);
  });
});
