/** A scripted fetch for client tests: answers by "METHOD path" (query string ignored) and records every call. */
export interface RecordedCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export type Answer = { status?: number; body?: unknown; headers?: Record<string, string> } | Error;

export function fakeFetch(routes: Record<string, Answer | ((call: RecordedCall) => Answer)>) {
  const calls: RecordedCall[] = [];
  const impl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const method = init?.method ?? "GET";
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const call: RecordedCall = { method, url, headers, body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined };
    calls.push(call);
    const path = new URL(url, "http://app.test").pathname;
    const route = routes[`${method} ${path}`];
    const answer = typeof route === "function" ? route(call) : (route ?? { status: 404, body: { title: "Not Found", status: 404 } });
    if (answer instanceof Error) throw answer;
    const status = answer.status ?? 200;
    const text = typeof answer.body === "string" ? answer.body : answer.body === undefined ? "" : JSON.stringify(answer.body);
    return new Response(status === 204 ? null : text, { status, headers: answer.headers });
  };
  return { fetch: impl as typeof fetch, calls };
}
