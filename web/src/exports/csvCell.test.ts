import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csvCell";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line1\nline2", '"line1\nline2"'],
    ["line1\r\nline2", '"line1\r\nline2"'],
    ["", ""],
  ])("quotes per RFC 4180: %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ["=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
  ])("neutralizes a formula: %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([["+14165550147"], ["-79.3817"], ["+1 (416) 555-0147"]])("leaves a plain number alone: %j", (value) => {
    expect(csvCell(value)).toBe(value);
  });

  it("writes numbers, booleans and nulls", () => {
    expect(csvRow([1.5, true, null, undefined, "x"])).toBe("1.5,true,,,x\r\n");
  });
});
