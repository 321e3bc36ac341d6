// A link to a remote view must say what to load before the view can be applied: the focus, its
// depth and the filters are already in the view's query (url-codec.ts); this adds the nodes the
// user expanded and the node cap "Load more" reached. Pure, like url-codec.ts.
import { encodeView } from "./url-codec.ts";
import type { ViewState } from "./view-state.ts";

export interface RemoteLink {
  /** Expanded nodes, in the order they were expanded. */
  expanded: string[];
  /** The focus neighbourhood's node cap, when "Load more" raised it; null: the default. */
  limit: number | null;
}

export const EMPTY_REMOTE_LINK: RemoteLink = { expanded: [], limit: null };
const REMOTE_PARAMETERS = ["expand", "limit"] as const;
/** A link may not make the explorer ask for more than this many nodes at once. */
export const MAX_LINK_LIMIT = 100_000;

/** The view's query, then `expand` and `limit` when they differ from the default. */
export function encodeRemoteView(view: ViewState, link: RemoteLink): string {
  const parts = [encodeView(view)];
  if (link.expanded.length > 0) {
    parts.push(`expand=${link.expanded.map(encodeURIComponent).join(",")}`);
  }
  if (link.limit !== null) parts.push(`limit=${link.limit}`);
  return parts.filter((part) => part !== "").join("&");
}

export interface SplitLink {
  link: RemoteLink;
  /** The rest of the query, for decodeView. */
  viewQuery: string;
  /** Phrases for what was dropped, as decodeView gives them. */
  ignored: string[];
}

function decodeKeys(raw: string): string[] | null {
  try {
    return raw === "" ? [] : raw.split(",").map((part) => decodeURIComponent(part));
  } catch {
    return null;
  }
}

/** Takes `expand` and `limit` out of a query; the rest goes to decodeView unchanged. */
export function splitRemoteLink(query: string): SplitLink {
  const text = query.startsWith("?") ? query.slice(1) : query;
  const link: RemoteLink = { expanded: [], limit: null };
  const ignored: string[] = [];
  const rest: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split("&")) {
    const [name, raw = ""] = part.split(/=(.*)/s, 2);
    if (!(REMOTE_PARAMETERS as readonly string[]).includes(name)) {
      if (part !== "") rest.push(part);
      continue;
    }
    if (seen.has(name)) {
      ignored.push(`${name} (given more than once; the first one is used)`);
      continue;
    }
    seen.add(name);
    if (name === "expand") {
      const keys = decodeKeys(raw);
      if (keys === null) ignored.push("expand (badly encoded)");
      else link.expanded = [...new Set(keys.filter((key) => key !== ""))];
    } else {
      const limit = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
      if (limit >= 1 && limit <= MAX_LINK_LIMIT) link.limit = limit;
      else
        ignored.push(
          `limit "${raw.slice(0, 20)}" (expected a whole number from 1 to ${MAX_LINK_LIMIT})`,
        );
    }
  }
  return { link, viewQuery: rest.join("&"), ignored };
}
