import { field, isObject, str } from "./wireFields";

/** A failed API call, carrying the RFC 7807 problem details when the server sent them. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string | null;
  readonly detail: string | null;
  /** Field name → messages, from `errors` (ASP.NET validation problems) or a single `field`. */
  readonly fieldErrors: Record<string, string[]>;

  constructor(status: number, message: string, title: string | null = null, detail: string | null = null, fieldErrors: Record<string, string[]> = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** Builds the error from a response body (problem+json, plain JSON or text). */
  static fromBody(status: number, statusText: string, body: string): ApiError {
    let parsed: unknown;
    try {
      parsed = body ? (JSON.parse(body) as unknown) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!isObject(parsed)) {
      const text = body.trim().slice(0, 300);
      return new ApiError(status, text || `${status} ${statusText}`.trim());
    }
    const title = str(parsed, "title");
    const detail = str(parsed, "detail", "message", "error");
    const fieldErrors: Record<string, string[]> = {};
    const errors = field(parsed, "errors");
    if (isObject(errors)) {
      for (const [name, messages] of Object.entries(errors)) {
        const list = Array.isArray(messages) ? messages.filter((m): m is string => typeof m === "string") : typeof messages === "string" ? [messages] : [];
        if (list.length > 0) fieldErrors[name] = list;
      }
    }
    const single = str(parsed, "field", "param");
    if (single && !fieldErrors[single]) fieldErrors[single] = [detail ?? title ?? "Invalid value"];
    const message = detail ?? title ?? `${status} ${statusText}`.trim();
    return new ApiError(status, message, title, detail, fieldErrors);
  }
}

/** A readable sentence for any error thrown by the client or the network. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = Object.entries(error.fieldErrors).map(([f, m]) => `${f}: ${m.join(" ")}`);
    return fields.length > 0 ? `${error.message} (${fields.join("; ")})` : error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
