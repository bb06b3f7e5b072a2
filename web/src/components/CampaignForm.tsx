import { useId, useState, type FormEvent, type ReactNode } from "react";
import { ApiError, describeError } from "../api/ApiError";
import { PLATFORM_LABELS, PLATFORMS, type CampaignRequest, type EnrichmentOptions, type Platform } from "../api/contract";
import { buildCampaignRequest, EMPTY_FORM, mapServerErrors, type CampaignForm as FormState, type FormErrors, type FormField } from "../campaigns/campaignRequest";

const ENRICHMENT_LABELS: Record<keyof EnrichmentOptions, string> = {
  crawl_website: "Crawl each business website",
  extract_emails: "Find emails",
  ocr: "Read phones in images (browser platforms)",
};

function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" data-testid={`error-${id}`}>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The campaign form (left panel). Validates locally, then posts; a 400 from the API lands next to the
 * field it names.
 */
export function CampaignForm({ onSubmit, busy }: { onSubmit: (request: CampaignRequest) => Promise<void>; busy: boolean }) {
  const [form, setForm] = useState<FormState>(EMPTY_FORM);
  const [errors, setErrors] = useState<FormErrors>({});
  const uid = useId();
  const id = (f: FormField) => `${uid}-${f}`;
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const describedBy = (f: FormField) => (errors[f] ? `${id(f)}-error` : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = buildCampaignRequest(form);
    if (!built.ok) {
      setErrors(built.errors);
      const first = Object.keys(built.errors)[0] as FormField;
      document.getElementById(id(first))?.focus();
      return;
    }
    setErrors({});
    try {
      await onSubmit(built.request);
    } catch (error) {
      setErrors(error instanceof ApiError && error.status === 400 ? mapServerErrors(error.fieldErrors, error.message) : { form: describeError(error) });
    }
  };

  const togglePlatform = (p: Platform, on: boolean) => set("platforms", on ? [...form.platforms, p] : form.platforms.filter((x) => x !== p));
  const showStudentFilters = form.platforms.includes("linkedin");

  return (
    <form onSubmit={submit} noValidate aria-label="New campaign" className="flex flex-col gap-4" data-testid="campaign-form">
      <Field id={id("queries")} label="Queries" error={errors.queries} hint="One per line. For Website, one URL or domain per line.">
        <textarea
          id={id("queries")}
          name="queries"
          rows={4}
          className="field-input resize-y"
          placeholder={"dentists in Toronto\nplumbers in Toronto"}
          value={form.queries}
          onChange={(e) => set("queries", e.target.value)}
          aria-invalid={!!errors.queries}
          aria-describedby={describedBy("queries") ?? `${id("queries")}-hint`}
        />
      </Field>

      <fieldset aria-describedby={describedBy("platforms")}>
        <legend className="field-label">Platforms</legend>
        <div className="mt-1 grid grid-cols-2 gap-x-2 gap-y-1">
          {PLATFORMS.map((p) => (
            <label key={p} className="flex items-center gap-2 text-sm text-slate-900">
              <input type="checkbox" name="platforms" value={p} checked={form.platforms.includes(p)} onChange={(e) => togglePlatform(p, e.target.checked)} className="h-4 w-4 accent-indigo-700" />
              {PLATFORM_LABELS[p]}
            </label>
          ))}
        </div>
        {errors.platforms && (
          <p id={`${id("platforms")}-error`} className="field-error" data-testid="error-platforms">
            {errors.platforms}
          </p>
        )}
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="field-label mb-1">Filters</legend>
        <Field id={id("location")} label="Location" error={errors.location}>
          <input id={id("location")} className="field-input" value={form.location} onChange={(e) => set("location", e.target.value)} placeholder="Toronto, ON" aria-invalid={!!errors.location} aria-describedby={describedBy("location")} />
        </Field>
        <Field id={id("category")} label="Category" error={errors.category}>
          <input id={id("category")} className="field-input" value={form.category} onChange={(e) => set("category", e.target.value)} placeholder="Dentist" aria-invalid={!!errors.category} aria-describedby={describedBy("category")} />
        </Field>
        <label className="flex items-center gap-2 text-sm text-slate-900">
          <input type="checkbox" checked={form.studentOnly} onChange={(e) => set("studentOnly", e.target.checked)} className="h-4 w-4 accent-indigo-700" />
          Students only
          {!showStudentFilters && <span className="text-xs text-slate-600">(LinkedIn)</span>}
        </label>
        <Field id={id("fieldOfStudy")} label="Field of study" error={errors.fieldOfStudy}>
          <input id={id("fieldOfStudy")} className="field-input" value={form.fieldOfStudy} onChange={(e) => set("fieldOfStudy", e.target.value)} placeholder="Computer Science" aria-invalid={!!errors.fieldOfStudy} aria-describedby={describedBy("fieldOfStudy")} />
        </Field>
      </fieldset>

      <div className="grid grid-cols-2 gap-3">
        <Field id={id("maxResults")} label="Max results" error={errors.maxResults}>
          <input id={id("maxResults")} inputMode="numeric" className="field-input" value={form.maxResults} onChange={(e) => set("maxResults", e.target.value)} aria-invalid={!!errors.maxResults} aria-describedby={describedBy("maxResults")} />
        </Field>
        <Field id={id("region")} label="Region" error={errors.region}>
          <input id={id("region")} className="field-input uppercase" maxLength={2} value={form.region} onChange={(e) => set("region", e.target.value)} aria-invalid={!!errors.region} aria-describedby={describedBy("region")} title="Default country for phone numbers without a country code" />
        </Field>
      </div>

      <fieldset>
        <legend className="field-label">Enrichment</legend>
        <div className="mt-1 flex flex-col gap-1">
          {(Object.keys(ENRICHMENT_LABELS) as (keyof EnrichmentOptions)[]).map((k) => (
            <label key={k} className="flex items-center gap-2 text-sm text-slate-900">
              <input type="checkbox" checked={form.enrichment[k]} onChange={(e) => set("enrichment", { ...form.enrichment, [k]: e.target.checked })} className="h-4 w-4 accent-indigo-700" />
              {ENRICHMENT_LABELS[k]}
            </label>
          ))}
        </div>
      </fieldset>

      {errors.form && (
        <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 p-2 text-sm text-rose-900" data-testid="form-error">
          {errors.form}
        </p>
      )}
      <button type="submit" className="btn-primary py-2" disabled={busy} data-testid="start-campaign">
        {busy ? "Starting…" : "Start"}
      </button>
    </form>
  );
}
