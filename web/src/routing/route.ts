/** The app's pages, addressed by the URL hash so any static host serves them without rewrite rules. */
export type Route =
  | { page: "scraper"; taskId: string | null }
  | { page: "tasks" }
  | { page: "task"; taskId: string }
  | { page: "dashboard" }
  | { page: "exports" };

export function parseRoute(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  switch (parts[0]) {
    case "tasks":
      return parts[1] ? { page: "task", taskId: parts[1] } : { page: "tasks" };
    case "dashboard":
      return { page: "dashboard" };
    case "exports":
      return { page: "exports" };
    default:
      return { page: "scraper", taskId: params.get("task") };
  }
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case "scraper":
      return route.taskId ? `#/scraper?task=${encodeURIComponent(route.taskId)}` : "#/scraper";
    case "task":
      return `#/tasks/${encodeURIComponent(route.taskId)}`;
    default:
      return `#/${route.page}`;
  }
}
