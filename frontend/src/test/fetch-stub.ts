import { vi } from 'vitest';

/** A recorded API call: method, path with query, and the parsed JSON body if any. */
export interface Call {
  method: string;
  path: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

type Handler = (call: Call) => Response | undefined | Promise<Response | undefined>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** JSON bodies parsed; anything else (an uploaded CSV) kept as text. */
function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Replaces fetch (the boundary to the backend) with a handler; unhandled calls answer 404.
 * Returns the list of calls so a test can check what the page sent.
 */
export function stubFetch(handler: Handler): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    const call: Call = {
      method: request.method,
      path: url.pathname + url.search,
      url,
      headers: request.headers,
      body: text ? parseBody(text) : undefined,
    };
    calls.push(call);
    return (
      (await handler(call)) ??
      problem(404, { title: 'Not Found', detail: `no stub for ${call.method} ${call.path}` })
    );
  });
  return calls;
}
