// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { lead, phone } from "../test/fixtures";
import { stubClientSize } from "../test/stubLayout";
import { ResultsTable, ROW_HEIGHT } from "./ResultsTable";

afterEach(cleanup);
stubClientSize(800, 600);

describe("ResultsTable", () => {
  it("says so when there are no results yet", () => {
    render(<ResultsTable leads={[]} />);
    expect(screen.getByTestId("results-empty")).toBeTruthy();
  });

  it("renders rows at one fixed height, best phone first", () => {
    const leads = [lead({ name: "A", url: "a", phones: [phone("+14165550101", 0.7), phone("+14165550102", 0.99)] }), lead({ name: "B", url: "b" })];
    render(<ResultsTable leads={leads} />);
    const rows = screen.getAllByTestId("results-row");
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.style.height).toBe(`${ROW_HEIGHT}px`);
    expect(rows[0]!.textContent).toContain("+14165550102");
    expect(rows[0]!.textContent).toContain("+1");
    expect(screen.getByTestId("results-table").dataset.count).toBe("2");
  });

  it("renders only a window of a long list (virtualized)", () => {
    const leads = Array.from({ length: 5000 }, (_, i) => lead({ name: `Lead ${i}`, url: `u${i}` }));
    render(<ResultsTable leads={leads} />);
    const rendered = screen.getAllByTestId("results-row").length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
  });

  it("opens a lead's details with its phones' evidence from the name button", () => {
    render(<ResultsTable leads={[lead({ name: "Maple Dental", url: "a", phones: [phone("+14165550101", 0.99, ["tel_link", "json_ld"])] })]} />);
    fireEvent.click(screen.getByRole("button", { name: "Maple Dental" }));
    const dialog = screen.getByRole("dialog", { name: "Maple Dental" });
    expect(within(dialog).getByText(/tel_link/)).toBeTruthy();
    expect(within(dialog).getByText(/json_ld/)).toBeTruthy();
    fireEvent.keyDown(dialog, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
