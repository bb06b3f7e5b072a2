import { describe, expect, it } from "vitest";
import { parseRoute, routeHref, type Route } from "./route";

describe("hash routes", () => {
  it.each<[string, Route]>([
    ["", { page: "scraper", taskId: null }],
    ["#/", { page: "scraper", taskId: null }],
    ["#/scraper?task=abc%201", { page: "scraper", taskId: "abc 1" }],
    ["#/tasks", { page: "tasks" }],
    ["#/tasks/c%2F1", { page: "task", taskId: "c/1" }],
    ["#/dashboard", { page: "dashboard" }],
    ["#/exports", { page: "exports" }],
    ["#/nowhere", { page: "scraper", taskId: null }],
  ])("%s", (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it("round-trips every route through its href", () => {
    const routes: Route[] = [{ page: "scraper", taskId: "x y" }, { page: "task", taskId: "c/1" }, { page: "tasks" }, { page: "dashboard" }, { page: "exports" }];
    for (const r of routes) expect(parseRoute(routeHref(r))).toEqual(r);
  });
});
