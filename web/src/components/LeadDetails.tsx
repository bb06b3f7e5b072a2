import type { Lead } from "../api/contract";
import { confidenceBand } from "../overlay/confidenceBand";
import { formatDateTime, formatPercent } from "../format/time";
import { platformLabel } from "../format/platformLabel";
import { Modal } from "./Modal";

const BAND_TEXT = { high: "text-emerald-800", medium: "text-amber-800", low: "text-rose-800" };

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-2 py-1 text-sm">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="break-words text-slate-900">{children}</dd>
    </div>
  );
}

function SafeLink({ href }: { href: string }) {
  // Only web links are clickable: a lead's URL comes from scraped pages.
  return /^https?:\/\//i.test(href) ? (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="text-indigo-800 underline">
      {href}
    </a>
  ) : (
    <>{href}</>
  );
}

/** Everything known about one lead, with each phone's evidence trail. */
export function LeadDetails({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  return (
    <Modal title={lead.name} onClose={onClose} testId="lead-details" wide>
      <dl className="divide-y divide-slate-100">
        <Row label="Platform">{platformLabel(lead.platform)}</Row>
        <Row label="Query">{lead.query || "—"}</Row>
        <Row label="Found at">{lead.url ? <SafeLink href={lead.url} /> : "—"}</Row>
        <Row label="Website">{lead.website ? <SafeLink href={lead.website} /> : "—"}</Row>
        <Row label="Category">{lead.category ?? "—"}</Row>
        <Row label="Address">{lead.address ?? "—"}</Row>
        {lead.latitude !== null && lead.longitude !== null && (
          <Row label="Coordinates">
            {lead.latitude.toFixed(5)}, {lead.longitude.toFixed(5)}
          </Row>
        )}
        {lead.rating !== null && (
          <Row label="Rating">
            {lead.rating} {lead.reviewsCount !== null && `(${lead.reviewsCount} reviews)`}
          </Row>
        )}
        {lead.hours && <Row label="Hours">{lead.hours}</Row>}
        {lead.description && <Row label="Description">{lead.description}</Row>}
        {lead.kind && <Row label="Kind">{lead.kind}</Row>}
        <Row label="Emails">{lead.emails.length ? lead.emails.map((e) => e.address).join(", ") : "—"}</Row>
        <Row label="Found">{formatDateTime(lead.foundAt)}</Row>
      </dl>
      <h3 className="mt-4 mb-2 text-sm font-semibold text-slate-900">Phones ({lead.phones.length})</h3>
      {lead.phones.length === 0 ? (
        <p className="text-sm text-slate-700">No phone found.</p>
      ) : (
        <ul className="space-y-3">
          {lead.phones.map((p) => (
            <li key={`${p.e164}${p.extension ?? ""}`} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="font-mono font-semibold text-slate-900">
                {p.e164}
                {p.extension && ` ext. ${p.extension}`}
                <span className="ml-2 font-sans font-normal text-slate-700">
                  {p.national} · {p.type.replace(/_/g, " ")} · {p.region}
                  {p.fictional && " · fictional range"}
                </span>
              </p>
              <p className={`mt-0.5 font-medium ${BAND_TEXT[confidenceBand(p.confidence)]}`}>Confidence {formatPercent(p.confidence)}</p>
              <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
                {p.evidence.map((e, i) => (
                  <li key={i}>
                    <span className="font-semibold">{e.layer}</span> ({formatPercent(e.confidence)}): “{e.context}”{e.source && ` — ${e.source}`}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
