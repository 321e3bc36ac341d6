// What can go wrong when the explorer asks `kg serve` something, as one typed error: the UI says
// what happened and what to do from `reason`, `message` and `fix`, and never shows a stack.

export type RemoteFailure =
  /** No answer at all: the server is stopped, the network is down. */
  | "unreachable"
  /** The server took longer than the client's timeout. */
  | "timeout"
  /** 400: a parameter the server refused. */
  | "bad-request"
  /** 404: the node (or endpoint) does not exist. */
  | "not-found"
  /** 5xx: the server answered but could not (e.g. its database is gone). */
  | "server"
  /** An answer that is not the JSON the API documents. */
  | "bad-response";

export class RemoteError extends Error {
  override readonly name = "RemoteError";
  constructor(
    readonly reason: RemoteFailure,
    message: string,
    /** What the user can do about it. */
    readonly fix: string,
    /** HTTP status when the server answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}

export function isRemoteError(error: unknown): error is RemoteError {
  return error instanceof RemoteError;
}

/** The reason an HTTP status stands for. */
export function failureOfStatus(status: number): RemoteFailure {
  if (status === 404) return "not-found";
  if (status >= 400 && status < 500) return "bad-request";
  return "server";
}

/** "Could not load …: what failed. The fix." (a StoreRequestError carries a fix too). */
export function describeRemoteError(error: unknown, action: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const fix = (error as { fix?: unknown } | null)?.fix;
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  const fixText =
    typeof fix === "string" && fix !== ""
      ? ` ${sentence(fix.charAt(0).toUpperCase() + fix.slice(1))}`
      : "";
  return `Could not ${action}: ${sentence(message)}${fixText}`;
}
