// Store search over PostgreSQL, with the ranking of search-text.ts (rank from the best name, then
// fewer label words, then key). Two stages, each reading an index range and probing only what it
// must:
// 1. Names that start with the whole text (ranks 0–3), from the index on whole names, which also
//    carries each name's node, alias flag and label word count: the ranking is index-only, and
//    only the nodes shown are read. When they fill the answer, stage 2 is not needed.
// 2. Otherwise every name holding all the query words. Its candidates are the names with a word
//    starting with the query word that has the fewest such words (counted up to RAREST_COUNT_CAP
//    in the word index), so a common word next to a rare one ("concept home") costs the rare
//    one's names, not the hundreds of thousands of the common one's; they are read, checked and
//    ranked in one index-only range scan. Its cost grows with that word's names: a query of
//    only very common prefixes ("a b") still reads tens of thousands of index entries.
import type { StoreSearchHit } from "../graph-store.ts";
import { queryWords } from "../search-text.ts";
import type { VersionTables } from "./schema.ts";
import type { VersionQuery } from "./version-query.ts";

/** Words of the word index read per query word to tell which is rarest. */
const RAREST_COUNT_CAP = 10_000;

/** The top `$limit` ranked nodes (CTE `ranked`: node, rank, label_words) as hits. */
const hits = (t: VersionTables, limit: string) => `
  SELECT n.key, coalesce(n.label, n.key) AS "label", coalesce(n.kind, '') AS "nodeKind"
  FROM (SELECT * FROM ranked ORDER BY rank, label_words, node LIMIT ${limit}) r
  CROSS JOIN LATERAL (SELECT * FROM ${t.nodes} n WHERE n.id = r.node OFFSET 0) n
  ORDER BY r.rank, r.label_words, r.node`;

/** `$1` the query's words joined by spaces, `$2` the limit. */
const startingSql = (t: VersionTables) => `
  WITH ranked AS (
    SELECT m.node, min(m.label_words) AS label_words,
      min(CASE WHEN m.words = $1 THEN 0 ELSE 2 END + CASE WHEN m.is_alias THEN 1 ELSE 0 END) AS rank
    FROM ${t.names} m WHERE m.words >= $1 AND m.words < $1 || chr(1114111)
    GROUP BY m.node)
  ${hits(t, "$2")}`;

/**
 * `$1` the query words, `$2` them joined, `$3` the limit, `$4` RAREST_COUNT_CAP, `$5` a LIKE
 * pattern per word, `% word%` (a name word starts with it; folded words hold only letters and
 * digits, so never a LIKE wildcard). The word index carries each name's words, node, alias flag
 * and label word count: the candidates are checked and ranked in one index-only range scan, and
 * only the nodes shown are read.
 */
const allWordsSql = (t: VersionTables) => `
  WITH rarest AS (
    SELECT q.word FROM unnest($1::text[]) q(word)
    ORDER BY (SELECT count(*) FROM (SELECT 1 FROM ${t.words} w
                WHERE w.word >= q.word AND w.word < q.word || chr(1114111) LIMIT $4) x),
      length(q.word) DESC
    LIMIT 1
  ), ranked AS (
    SELECT w.node, min(w.label_words) AS label_words,
      min(CASE WHEN w.words = $2 THEN 0 WHEN starts_with(w.words, $2) THEN 2 ELSE 4 END
          + CASE WHEN w.is_alias THEN 1 ELSE 0 END) AS rank
    FROM rarest r CROSS JOIN LATERAL (
      SELECT w.node, w.is_alias, w.label_words, w.words FROM ${t.words} w
      WHERE w.word >= r.word AND w.word < r.word || chr(1114111)
        AND ' ' || w.words LIKE ALL ($5::text[])
      OFFSET 0) w
    GROUP BY w.node)
  ${hits(t, "$3")}`;

export async function postgresSearch(
  query: VersionQuery,
  text: string,
  limit: number,
): Promise<StoreSearchHit[]> {
  const words = queryWords(text);
  if (words.length === 0 || limit < 1) return [];
  const joined = words.join(" ");
  const starting = await query<{ key: string; label: string; nodeKind: string }>(startingSql, [
    joined,
    limit,
  ]);
  if (starting.length >= limit) return starting;
  return query<{ key: string; label: string; nodeKind: string }>(allWordsSql, [
    words,
    joined,
    limit,
    RAREST_COUNT_CAP,
    words.map((word) => `% ${word}%`),
  ]);
}
