// Development stand-in for `leadintel up`: the campaign API of issue 4 (in memory, simulated progress) and the
// live hub of issue 5 (frames rendered by makeFrames.mjs, phone boxes, leads, progress, logs), serving web/dist.
// Analytics and exports answer 404, as on a backend without issue 7, so the web app's fallbacks run.
//   node mock/mockServer.mjs [--port 5180]
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { randomUUID } from "node:crypto";
import { LiveHub } from "./liveHub.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "..", "dist");
const port = Number(process.argv[process.argv.indexOf("--port") + 1] || 5180);
const fixtures = JSON.parse(readFileSync(join(here, "frames", "frames.json"), "utf8"));
const frameData = fixtures.frames.map((f) => readFileSync(join(here, "frames", f.file)).toString("base64"));

const PLATFORMS = ["website", "directory", "google_maps", "linkedin", "twitter", "facebook", "instagram"];
const BROWSER = new Set(["google_maps", "linkedin", "twitter", "facebook", "instagram"]);
const NAMES = ["Maple Dental Centre", "Queen West Smiles", "Harbourfront Dental", "Yorkville Family Dentistry", "Danforth Dental Care", "Liberty Village Dental", "Annex Smile Studio", "Leslieville Dentists", "Bloor Street Dental", "Kensington Dental Clinic", "Junction Dental Group", "Riverdale Orthodontics"];
const CATEGORIES = ["Dentist", "Orthodontist", "Dental clinic"];
const campaigns = new Map();

function problem(res, status, title, detail, errors) {
  res.writeHead(status, { "content-type": "application/problem+json" });
  res.end(JSON.stringify({ type: "about:blank", title, status, detail, errors }));
}

function json(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function publicCampaign(c) {
  const { leads, ticks, ...rest } = c;
  return rest;
}

function makeLead(c, platform, query, n) {
  const i = n % NAMES.length;
  const e164 = `+1416555010${i % 10}`;
  const layers = i % 3 === 2 ? ["visible_text"] : ["tel_link", "json_ld"];
  const confidence = layers.length > 1 ? 0.99 : 0.7;
  return {
    platform,
    query,
    name: n < NAMES.length ? NAMES[i] : `${NAMES[i]} #${Math.floor(n / NAMES.length) + 1}`,
    url: `http://127.0.0.1:${port}/demo/${platform}/${c.id}/${encodeURIComponent(query)}/${n}`,
    website: `https://${NAMES[i].toLowerCase().replace(/[^a-z]+/g, "-")}.example`,
    phones: [{ e164, national: `(416) 555-010${i % 10}`, raw: `(416) 555-010${i % 10}`, extension: null, type: "fixed_line_or_mobile", region: "CA", fictional: true, confidence, evidence: layers.map((layer) => ({ layer, confidence: layer === "tel_link" ? 0.95 : layer === "json_ld" ? 0.9 : 0.7, context: `Call: (416) 555-010${i % 10}`, box: null, source: null })) }],
    emails: i % 2 === 0 ? [{ address: `hello@${NAMES[i].toLowerCase().replace(/[^a-z]+/g, "")}.example`, confidence: 0.95, evidence: [{ layer: "mailto", confidence: 0.95, context: "", source: null }] }] : [],
    category: CATEGORIES[i % CATEGORIES.length],
    address: `${10 + i * 13} King St W, Toronto, ON`,
    latitude: 43.64 + i * 0.003,
    longitude: -79.38 - i * 0.004,
    rating: platform === "google_maps" ? 4 + (i % 5) * 0.2 : null,
    reviews_count: platform === "google_maps" ? 20 + i * 7 : null,
    hours: null,
    description: null,
    kind: "business",
    found_at: new Date().toISOString(),
  };
}

function tick(c) {
  if (c.status !== "running") return;
  let progressed = false;
  for (const p of c.platforms) {
    const row = c.progress[p];
    const goal = c.max_results * c.queries.length;
    if (row.processed >= goal) continue;
    progressed = true;
    row.found = Math.min(goal, row.found + 2);
    const query = c.queries[row.processed % c.queries.length];
    const lead = makeLead(c, p, query, row.processed);
    row.processed++;
    row.phones += lead.phones.length;
    c.leads.push(lead);
    hub.sendToGroup(c.id, "lead", lead);
    hub.sendToGroup(c.id, "log", { level: "Information", message: `${p}: ${lead.name} (${lead.phones[0].e164})`, ts: new Date().toISOString() });
  }
  c.updated_at = new Date().toISOString();
  hub.sendToGroup(c.id, "progress", c.progress);
  if (!progressed) {
    c.status = "completed";
    c.completed_at = new Date().toISOString();
    hub.sendToGroup(c.id, "log", { level: "Information", message: "Campaign completed." });
  }
}

const streams = new Map(); // taskId -> interval sending frames while someone watches
function streamFrames(taskId) {
  if (streams.has(taskId)) return;
  let i = 0;
  const timer = setInterval(() => {
    const c = campaigns.get(taskId);
    if (!c || c.status === "completed" || c.status === "stopped" || !hub.hasViewers(taskId)) {
      clearInterval(timer);
      streams.delete(taskId);
      return;
    }
    if (c.status !== "running") return;
    const f = fixtures.frames[i % fixtures.frames.length];
    const { viewportWidth: vw, viewportHeight: vh } = fixtures;
    hub.sendToGroup(taskId, "frame", { data: frameData[i % frameData.length], width: vw, height: vh, ts: Date.now(), scroll_x: f.scrollX, scroll_y: f.scrollY, viewport_width: vw, viewport_height: vh });
    hub.sendToGroup(
      taskId,
      "phones",
      f.phones
        .filter((p) => p.box.y + p.box.height > f.scrollY && p.box.y < f.scrollY + vh)
        .map((p, k) => ({ e164: p.e164, type: "fixed_line_or_mobile", confidence: p.layer === "tel_link" ? 0.95 : 0.7, layers: [p.layer], context: p.context, box: { ...p.box, norm_x: (p.box.x - f.scrollX) / vw, norm_y: (p.box.y - f.scrollY) / vh, norm_width: p.box.width / vw, norm_height: p.box.height / vh }, k })),
    );
    if (i % 5 === 4) i++; // dwell, then scroll on
    i++;
  }, 200);
  streams.set(taskId, timer);
}

const hub = new LiveHub((conn, taskId) => {
  const c = campaigns.get(taskId);
  if (!c) return;
  conn.send("log", { level: "Information", message: `Watching task ${taskId}.` });
  if (c.platforms.some((p) => BROWSER.has(p))) streamFrames(taskId);
});

function createCampaign(body) {
  const errors = {};
  if (!Array.isArray(body.queries) || body.queries.filter((q) => typeof q === "string" && q.trim()).length === 0) errors.queries = ["At least one query is required."];
  if (!Array.isArray(body.platforms) || body.platforms.length === 0) errors.platforms = ["At least one platform is required."];
  else for (const p of body.platforms) if (!PLATFORMS.includes(p)) errors.platforms = [`Unknown platform '${p}'.`];
  if (!Number.isInteger(body.max_results) || body.max_results < 1 || body.max_results > 1000) errors.max_results = ["max_results must be between 1 and 1000."];
  if (Object.keys(errors).length) return { errors };
  const now = new Date().toISOString();
  const c = {
    id: randomUUID().replace(/-/g, "").slice(0, 12),
    status: "pending",
    queries: body.queries,
    platforms: body.platforms,
    max_results: body.max_results,
    region: body.region ?? "US",
    filters: body.filters ?? {},
    created_at: now,
    started_at: now,
    completed_at: null,
    updated_at: now,
    progress: Object.fromEntries(body.platforms.map((p) => [p, { found: 0, processed: 0, phones: 0, errors: 0 }])),
    errors: body.platforms.includes("linkedin") ? [{ platform: "linkedin", query: body.queries[0], message: "blocked: login required" }] : [],
    leads: [],
  };
  campaigns.set(c.id, c);
  setTimeout(() => (c.status = c.status === "pending" ? "running" : c.status), 500);
  c.ticks = setInterval(() => {
    tick(c);
    if (["completed", "stopped", "failed"].includes(c.status)) clearInterval(c.ticks);
  }, 700);
  return { campaign: c };
}

function csv(leads) {
  const cols = ["platform", "query", "name", "url", "website", "phones", "emails", "category", "address", "latitude", "longitude", "found_at"];
  const cell = (v) => (v == null ? "" : /[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return [cols.join(","), ...leads.map((l) => cols.map((c) => cell(c === "phones" ? l.phones.map((p) => p.e164).join("; ") : c === "emails" ? l.emails.map((e) => e.address).join("; ") : l[c])).join(","))].join("\r\n") + "\r\n";
}

async function api(req, res, url) {
  const parts = url.pathname.split("/").filter(Boolean); // api, campaigns, id, action
  if (url.pathname === "/api/health") return json(res, 200, { status: "ok", mock: true });
  if (parts[1] !== "campaigns" && !(parts[1] === "scraper" && parts[2] === "start")) return problem(res, 404, "Not Found", `${url.pathname} does not exist on the mock server.`);
  if ((parts.length === 2 || parts[1] === "scraper") && req.method === "POST") {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return problem(res, 400, "Invalid body", "The body is not JSON.");
    }
    const { campaign: c, errors } = createCampaign(body);
    if (errors) return problem(res, 400, "Invalid campaign", Object.values(errors)[0][0], errors);
    return json(res, 202, { id: c.id, status: c.status, status_url: `/api/campaigns/${c.id}`, leads_url: `/api/campaigns/${c.id}/leads` });
  }
  if (parts.length === 2 && req.method === "GET") return json(res, 200, [...campaigns.values()].map(publicCampaign));
  const c = campaigns.get(parts[2]);
  if (!c) return problem(res, 404, "Not Found", `No campaign '${parts[2]}'.`);
  if (parts.length === 3 && req.method === "GET") return json(res, 200, publicCampaign(c));
  if (parts[3] === "leads" && req.method === "GET") {
    if (url.searchParams.get("format") === "csv") {
      res.writeHead(200, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="leads-${c.id}.csv"` });
      return res.end(csv(c.leads));
    }
    return json(res, 200, c.leads);
  }
  const allowed = { pause: ["running"], resume: ["paused"], stop: ["running", "paused", "pending"] };
  if (allowed[parts[3]] && req.method === "POST") {
    if (!allowed[parts[3]].includes(c.status)) return problem(res, 409, "Conflict", `Cannot ${parts[3]} a ${c.status} campaign.`);
    c.status = { pause: "paused", resume: "running", stop: "stopped" }[parts[3]];
    if (c.status === "stopped") c.completed_at = new Date().toISOString();
    hub.sendToGroup(c.id, "log", { level: "Warning", message: `Campaign ${c.status} by the user.` });
    return json(res, 202, publicCampaign(c));
  }
  return problem(res, 404, "Not Found", url.pathname);
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".jpg": "image/jpeg" };
function serveStatic(res, pathname) {
  const file = normalize(join(dist, pathname === "/" ? "index.html" : pathname));
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return problem(res, 404, "Not Found", pathname);
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
}

createServer((req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (hub.handle(req, res, url)) return;
  if (url.pathname.startsWith("/api/")) return void api(req, res, url).catch((e) => problem(res, 500, "Mock error", String(e)));
  serveStatic(res, url.pathname);
}).listen(port, "127.0.0.1", () => console.log(`mock LeadIntel API and web app on http://127.0.0.1:${port}/`));
