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
    expect(sent).toEqual({ queries: ["dentists in Toronto", "plumbers in Toronto"], platforms: ["directory", "google_maps"], max_results: 25, region: "CA", filters: { location: "Toronto" } });
  });

  it("shows the API's 400 next to the field it names", async () => {
    const onSubmit = vi.fn(async () => {
      throw new ApiError(400, "max_results out of range", "Invalid campaign", null, { max_results: ["must be at most 1000"] });
    });
    render(<CampaignForm onSubmit={onSubmit} busy={false} />);
    fireEvent.change(screen.getByLabelText("Queries"), { target: { value: "x" } });
    fireEvent.change(screen.getByLabelText("Max results"), { target: { value: "4000" } });
    fireEvent.click(screen.getByTestId("start-campaign"));
    const error = await screen.findByText("must be at most 1000");
    expect(error.id).toBe(screen.getByLabelText("Max results").getAttribute("aria-describedby"));
  });
});
