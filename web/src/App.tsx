import { lazy, Suspense } from "react";
import { LoadingState } from "./components/StateMessage";
import { ConsentModal } from "./consent/ConsentModal";
import { ExportsPage } from "./pages/ExportsPage";
import { ScraperPage } from "./pages/ScraperPage";
import { TaskDetailPage } from "./pages/TaskDetailPage";
import { TasksPage } from "./pages/TasksPage";
import { routeHref, type Route } from "./routing/route";
import { useHashRoute } from "./routing/useHashRoute";

// Recharts is most of the bundle; load it only when the dashboard is opened.
const DashboardPage = lazy(() => import("./pages/DashboardPage").then((m) => ({ default: m.DashboardPage })));

const NAV: { label: string; route: Route; section: Route["page"][] }[] = [
  { label: "Scraper", route: { page: "scraper", taskId: null }, section: ["scraper"] },
  { label: "Tasks", route: { page: "tasks" }, section: ["tasks", "task"] },
  { label: "Dashboard", route: { page: "dashboard" }, section: ["dashboard"] },
  { label: "Exports", route: { page: "exports" }, section: ["exports"] },
];

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case "scraper":
      return <ScraperPage taskId={route.taskId} />;
    case "tasks":
      return <TasksPage />;
    case "task":
      return <TaskDetailPage taskId={route.taskId} />;
    case "dashboard":
      return (
        <Suspense fallback={<LoadingState label="Loading dashboard…" />}>
          <DashboardPage />
        </Suspense>
      );
    case "exports":
      return <ExportsPage />;
  }
}

export function App() {
  const route = useHashRoute();
  return (
    <>
      <a href="#main" onClick={(e) => { e.preventDefault(); document.getElementById("main")?.focus(); }} className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-[120rem] items-center gap-6 px-4">
          <h1 className="text-lg font-bold tracking-tight text-indigo-800">LeadIntel</h1>
          <nav aria-label="Main">
            <ul className="flex gap-1">
              {NAV.map((n) => {
                const current = n.section.includes(route.page);
                return (
                  <li key={n.label}>
                    <a href={routeHref(n.route)} aria-current={current ? "page" : undefined} className={`rounded-md px-3 py-1.5 text-sm font-medium ${current ? "bg-indigo-100 text-indigo-900" : "text-slate-800 hover:bg-slate-100"}`} data-testid={`nav-${n.route.page}`}>
                      {n.label}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-[120rem] p-4 outline-none">
        <Page route={route} />
      </main>
      <ConsentModal />
    </>
  );
}
