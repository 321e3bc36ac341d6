// One GET against `kg serve`'s JSON API: a timeout on every request, and every way it can fail
// (no server, slow server, 4xx/5xx with `{ error, fix }`, an answer that is not JSON) turned
// into a RemoteError, so callers handle one error type.
import { failureOfStatus, RemoteError } from "./remote-error.ts";

export type FetchFunction = (input: string, init?: RequestInit) => Promise<Response>;

export interface RequestOptions {
  /** Where the API lives: "" for the page's own server, or "http://127.0.0.1:8080". */
  baseUrl: string;
  timeoutMs: number;
  fetch: FetchFunction;
}

/** A list is comma-joined ("hiddenKinds=a,b"); `{ repeat }` repeats the name ("key=a&key=b"). */
export type QueryValue =
  | string
  | number
  | boolean
  | readonly string[]
  | { repeat: readonly string[] }
  | undefined;

/** "/api/search?q=chi&limit=8": undefined values and empty lists left out. */
export function apiPath(endpoint: string, query: Record<string, QueryValue> = {}): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (typeof value !== "object") parameters.set(name, String(value));
    else if ("repeat" in value) for (const item of value.repeat) parameters.append(name, item);
    else if (value.length > 0) parameters.set(name, value.join(","));
  }
  const text = parameters.toString();
  return `/api/${endpoint}${text ? `?${text}` : ""}`;
}

function errorBody(body: unknown): { error?: string; fix?: string } {
  if (typeof body !== "object" || body === null) return {};
  const { error, fix } = body as Record<string, unknown>;
  return {
    error: typeof error === "string" ? error : undefined,
    fix: typeof fix === "string" ? fix : undefined,
  };
}

async function readJson(response: Response, path: string, timeoutMs: number): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw failedFetch(error, path, timeoutMs);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new RemoteError(
      "bad-response",
      `the server's answer to ${path} is not JSON (HTTP ${response.status})`,
      "Check that the page was opened from `kg serve` and that it is up to date.",
      response.status,
    );
  }
}

function failedFetch(error: unknown, path: string, timeoutMs: number): RemoteError {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return new RemoteError(
      "timeout",
      `the server did not answer ${path} within ${timeoutMs / 1000} s`,
      "Try again; a smaller depth or more filters make the question cheaper.",
    );
  }
  return new RemoteError(
    "unreachable",
    "the server does not answer",
    "Check that `kg serve` is still running; what is drawn stays, and the next action tries again.",
  );
}

/** GETs `path` and returns its JSON body; throws RemoteError on any failure. */
export async function getJson(path: string, options: RequestOptions): Promise<unknown> {
  let response: Response;
  try {
    response = await options.fetch(`${options.baseUrl}${path}`, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw failedFetch(error, path, options.timeoutMs);
  }
  const body = await readJson(response, path, options.timeoutMs).catch((error: unknown) => {
    if (response.ok) throw error;
    return null;
  });
  if (!response.ok) {
    const { error, fix } = errorBody(body);
    throw new RemoteError(
      failureOfStatus(response.status),
      error ?? `the server answered ${path} with HTTP ${response.status}`,
      fix ??
        (response.status >= 500
          ? "The server or its database may be down; try again in a moment."
          : "Check the request."),
      response.status,
    );
  }
  return body;
}
