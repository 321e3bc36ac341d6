// Remote mode's suggestions: the search box and "Connect to…" ask the server, which searches the
// whole database, not only what is drawn.
import { DEFAULT_SUGGESTION_LIMIT, type SearchHit } from "../query/search.ts";
import { describeRemoteError } from "../store/remote-error.ts";
import type { AppContext } from "./app-context.ts";

/** Remote mode: the server's hits (a failed search says why in the alert area, and offers none). */
export async function remoteSuggestions(ctx: AppContext, query: string): Promise<SearchHit[]> {
  if (query.trim() === "" || !ctx.remote) return [];
  try {
    const hits = await ctx.remote.session.search(query, DEFAULT_SUGGESTION_LIMIT);
    return hits.map((hit) => ({ ...hit, score: 0 }));
  } catch (error) {
    ctx.announce(describeRemoteError(error, `search for “${query}”`));
    return [];
  }
}
