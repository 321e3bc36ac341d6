// A link to a remote view must say what to load before the view can be applied: the focus, its
// depth and the filters are already in the view's query (url-codec.ts); this adds every
// neighbourhood that was loaded (earlier focuses, Expand), as `load=china:2,undp:1`, and the node
// cap "Load more" reached. Pure, like url-codec.ts.
import type { Load } from "./remote-snapshot.ts";
import { encodeView } from "./url-codec.ts";
import { MAX_DEPTH, type ViewState } from "./view-state.ts";

export interface RemoteLink {
  /** The neighbourhoods to load, in order. */
  loads: Load[];
  /** The focus neighbourhood's node cap, when "Load more" raised it; null: the default. */
  limit: number | null;
}

const REMOTE_PARAMETERS = ["load", "limit"] as const;
/** A link may not make the explorer ask for more neighbourhoods than this. */
export const MAX_LINK_LOADS = 200;
/** A link may not make the explorer ask for more than this many nodes at once. */
export const MAX_LINK_LIMIT = 100_000;

/** The view's query, then `expand` and `limit` when they differ from the default. */
export function encodeRemoteView(view: ViewState, link: RemoteLink): string {
  const parts = [encodeView(view)];
  if (link.loads.length > 0) {
    const items = link.loads.map(({ centre, depth }) => `${encodeURIComponent(centre)}:${depth}`);
    parts.push(`load=${items.join(",")}`);
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

/** "china:2,a%2Cb:1" -> loads; null when an item is badly encoded or its depth is not 1–6. */
function decodeLoads(raw: string): Load[] | null {
  if (raw === "") return [];
  const loads: Load[] = [];
  for (const item of raw.split(",")) {
    const match = /^(.+):(\d)$/.exec(item);
    const depth = match ? Number(match[2]) : 0;
    if (!match || depth < 1 || depth > MAX_DEPTH) return null;
    try {
      loads.push({ centre: decodeURIComponent(match[1]), depth });
    } catch {
      return null;
    }
  }
  return loads;
}

/** Takes `load` and `limit` out of a query; the rest goes to decodeView unchanged. */
export function splitRemoteLink(query: string): SplitLink {
  const text = query.startsWith("?") ? query.slice(1) : query;
  const link: RemoteLink = { loads: [], limit: null };
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
    if (name === "load") {
      const loads = decodeLoads(raw);
      if (loads === null) ignored.push(`load (expected node:depth items, depth 1 to ${MAX_DEPTH})`);
      else link.loads = loads.slice(0, MAX_LINK_LOADS);
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
