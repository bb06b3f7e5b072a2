/**
 * Lenient readers for wire JSON. The backend is built in parallel and .NET serializers differ in casing
 * (the lead model is snake_case, SignalR's default JSON is camelCase), so each field is looked up under
 * its snake_case name first and its camelCase twin second.
 */

export type WireObject = Record<string, unknown>;

export function isObject(value: unknown): value is WireObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function camel(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The value under the first of `names` (each tried as written and in camelCase) that is present. */
export function field(obj: WireObject, ...names: string[]): unknown {
  for (const name of names) {
    if (obj[name] !== undefined) return obj[name];
    const alt = camel(name);
    if (alt !== name && obj[alt] !== undefined) return obj[alt];
  }
  return undefined;
}

export function str(obj: WireObject, ...names: string[]): string | null {
  const v = field(obj, ...names);
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return null;
}

export function num(obj: WireObject, ...names: string[]): number | null {
  const v = field(obj, ...names);
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return null;
}

export function bool(obj: WireObject, ...names: string[]): boolean | null {
  const v = field(obj, ...names);
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return null;
}

export function arr(obj: WireObject, ...names: string[]): unknown[] {
  const v = field(obj, ...names);
  return Array.isArray(v) ? v : [];
}

export function strings(obj: WireObject, ...names: string[]): string[] {
  return arr(obj, ...names).filter((s): s is string => typeof s === "string");
}

/** A list response: either a bare array or an envelope such as {"items": [...]}. */
export function listOf(raw: unknown, ...envelopeNames: string[]): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (isObject(raw)) {
    for (const name of [...envelopeNames, "items", "value", "data", "results"]) {
      const v = field(raw, name);
      if (Array.isArray(v)) return v;
    }
  }
  return [];
}
