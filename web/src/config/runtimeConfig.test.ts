import { describe, expect, it } from "vitest";
import { fakeFetch } from "../test/fakeFetch";
import { DEFAULT_CONFIG, loadRuntimeConfig, parseRuntimeConfig } from "./runtimeConfig";

describe("runtime config", () => {
  it("reads apiBaseUrl and trims a trailing slash", () => {
    expect(parseRuntimeConfig({ apiBaseUrl: "https://api.example.test/" })).toEqual({ apiBaseUrl: "https://api.example.test" });
    expect(parseRuntimeConfig({ api_base_url: "/backend", userId: " bob " })).toEqual({ apiBaseUrl: "/backend", userId: "bob" });
  });

  it("defaults to the same origin", async () => {
    expect(await loadRuntimeConfig("/config.json", fakeFetch({}).fetch)).toEqual(DEFAULT_CONFIG);
    expect(await loadRuntimeConfig("/config.json", fakeFetch({ "GET /config.json": { body: "{not json" } }).fetch)).toEqual(DEFAULT_CONFIG);
    expect(await loadRuntimeConfig("/config.json", fakeFetch({ "GET /config.json": new TypeError("offline") }).fetch)).toEqual(DEFAULT_CONFIG);
  });

  it("loads the deployed file", async () => {
    const f = fakeFetch({ "GET /config.json": { body: { apiBaseUrl: "https://leadintel-api.example.test" } } });
    expect(await loadRuntimeConfig("/config.json", f.fetch)).toEqual({ apiBaseUrl: "https://leadintel-api.example.test" });
  });
});
