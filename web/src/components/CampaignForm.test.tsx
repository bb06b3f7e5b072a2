// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/ApiError";
import type { CampaignRequest } from "../api/contract";
import { CampaignForm } from "./CampaignForm";

afterEach(cleanup);

describe("CampaignForm", () => {
  it("does not post an invalid form and marks the fields", () => {
    const onSubmit = vi.fn(async () => {});
    render(<CampaignForm onSubmit={onSubmit} busy={false} />);
    fireEvent.click(screen.getByLabelText("Directory (demo)")); // untick the default platform
    fireEvent.click(screen.getByTestId("start-campaign"));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText("Queries").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId("error-platforms").textContent).toContain("at least one platform");
  });

  it("posts the contract body built from the form", async () => {
    let sent: CampaignRequest | undefined;
    render(<CampaignForm onSubmit={async (r) => void (sent = r)} busy={false} />);
    fireEvent.change(screen.getByLabelText("Queries"), { target: { value: "dentists in Toronto\nplumbers in Toronto" } });
    fireEvent.click(screen.getByLabelText("Google Maps"));
    fireEvent.change(screen.getByLabelText("Location"), { target: { value: "Toronto" } });
    fireEvent.change(screen.getByLabelText("Region"), { target: { value: "ca" } });
    fireEvent.change(screen.getByLabelText("Max results"), { target: { value: "25" } });
    fireEvent.click(screen.getByTestId("start-campaign"));
    await vi.waitFor(() => expect(sent).toBeDefined());
    expect(sent).toEqual({ queries: ["dentists in Toronto", "plumbers in Toronto"], platforms: ["directory", "google_maps"], max_results: 25, region: "CA", filters: { location: "Toronto" }, options: { crawl_website: true, extract_emails: true, ocr: true } });
  });

  it("shows the API's 400 next to the field it names", async () => {
    // The real API's problem body, from a server configured with a lower limit than the app's default.
    const body = '{"title":"Invalid request","status":400,"detail":"max_results must be between 1 and 500.","field":"max_results"}';
    const onSubmit = vi.fn(async () => {
      throw ApiError.fromBody(400, "Bad Request", body);
    });
    render(<CampaignForm onSubmit={onSubmit} busy={false} />);
    fireEvent.change(screen.getByLabelText("Queries"), { target: { value: "x" } });
    fireEvent.change(screen.getByLabelText("Max results"), { target: { value: "900" } });
    fireEvent.click(screen.getByTestId("start-campaign"));
    const error = await screen.findByText("max_results must be between 1 and 500.");
    expect(error.id).toBe(screen.getByLabelText("Max results").getAttribute("aria-describedby"));
  });
});
