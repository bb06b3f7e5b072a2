// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConsentModal } from "./ConsentModal";
import { CONSENT_KEY } from "./consentStore";

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe("ConsentModal", () => {
  it("asks on the first visit, with focus inside the dialog", () => {
    render(<ConsentModal />);
    const dialog = screen.getByRole("dialog", { name: "Before you start" });
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it("remembers acceptance and does not ask again", () => {
    const first = render(<ConsentModal />);
    fireEvent.click(screen.getByTestId("consent-accept"));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(localStorage.getItem(CONSENT_KEY)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    first.unmount();
    render(<ConsentModal />);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("cannot be dismissed with Escape (acceptance is required)", () => {
    render(<ConsentModal />);
    fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    expect(screen.getByRole("dialog")).toBeTruthy();
  });
});
