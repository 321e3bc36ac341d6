// The PostgreSQL layout of stored graphs. One row per graph in kg.graphs names its current
// version; each version's rows live in its own tables (kg.nodes_7, kg.edges_7, …), created, filled
// with COPY and indexed inside the load's transaction, so a load either replaces the graph whole
// or leaves nothing behind, and dropping a version is dropping its tables. Node and edge ids are
// given in key order (code point, like COLLATE "C"), so "by key" is "by id" in every query.

/** The tables of one version, by role; names come from the integer version, never from input. */
export function versionTables(version: number) {
  if (!Number.isInteger(version) || version < 1) throw new Error(`bad graph version ${version}`);
  return {
    nodes: `kg.nodes_${version}`,
    names: `kg.names_${version}`,
    words: `kg.words_${version}`,
    edges: `kg.edges_${version}`,
    evidence: `kg.evidence_${version}`,
    sources: `kg.sources_${version}`,
  };
}

export type VersionTables = ReturnType<typeof versionTables>;

/** Statements that create the shared catalogue, idempotent. */
export const CATALOGUE_SQL = `
CREATE SCHEMA IF NOT EXISTS kg;
CREATE SEQUENCE IF NOT EXISTS kg.versions;
CREATE TABLE IF NOT EXISTS kg.graphs (
  name text PRIMARY KEY,
  version integer NOT NULL,
  title text NOT NULL,
  sources jsonb NOT NULL,
  node_count bigint NOT NULL,
  edge_count bigint NOT NULL,
  kinds jsonb NOT NULL,
  relations jsonb NOT NULL,
  source_files text NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
-- Every node and edge key lies in the Basic Multilingual Plane, so id order (code point) is also
-- the UTF-16 order paths break ties in (postgres-paths.ts). Added after the first release.
ALTER TABLE kg.graphs ADD COLUMN IF NOT EXISTS keys_bmp boolean NOT NULL DEFAULT false;`;

/** The tables of a new version, without indexes (they are built after COPY, faster). */
export function createVersionSql(t: VersionTables): string {
  return `
CREATE TABLE ${t.nodes} (
  id integer NOT NULL, key text COLLATE "C" NOT NULL,
  label text, kind text, description text, date text, aliases text[],
  rest jsonb NOT NULL, degree integer NOT NULL, label_words integer NOT NULL);
CREATE TABLE ${t.names} (
  id integer NOT NULL, node integer NOT NULL, is_alias boolean NOT NULL, words text COLLATE "C" NOT NULL,
  label_words integer NOT NULL);
CREATE TABLE ${t.words} (
  word text COLLATE "C" NOT NULL, node integer NOT NULL, is_alias boolean NOT NULL,
  label_words integer NOT NULL, words text COLLATE "C" NOT NULL);
CREATE TABLE ${t.edges} (
  id integer NOT NULL, key text COLLATE "C" NOT NULL, source integer NOT NULL, target integer NOT NULL,
  relation text, date text, has_evidence boolean NOT NULL, rest jsonb NOT NULL);
CREATE TABLE ${t.evidence} (
  edge integer NOT NULL, position integer NOT NULL, source text, quote text NOT NULL);
CREATE TABLE ${t.sources} (id text NOT NULL, text text NOT NULL);`;
}

/**
 * Keys, both edge directions (covering what a walk reads), search names and words, hubs: by
 * table, so the loader can build one table's indexes while it makes the next table's rows.
 */
export function indexVersionSql(
  t: VersionTables,
  version: number,
): Record<keyof VersionTables, string[]> {
  const n = `_${version}`;
  return {
    nodes: [
      `ALTER TABLE ${t.nodes} ADD CONSTRAINT nodes${n}_pk PRIMARY KEY (id)`,
      `CREATE UNIQUE INDEX nodes${n}_key ON ${t.nodes} (key)`,
      `CREATE INDEX nodes${n}_degree ON ${t.nodes} (degree DESC, id)`,
    ],
    names: [
      `ALTER TABLE ${t.names} ADD CONSTRAINT names${n}_pk PRIMARY KEY (id)`,
      `CREATE INDEX names${n}_words ON ${t.names} (words) INCLUDE (node, is_alias, label_words)`,
    ],
    words: [
      `CREATE INDEX words${n}_word ON ${t.words} (word) INCLUDE (node, is_alias, label_words, words)`,
    ],
    edges: [
      `ALTER TABLE ${t.edges} ADD CONSTRAINT edges${n}_pk PRIMARY KEY (id)`,
      `CREATE UNIQUE INDEX edges${n}_key ON ${t.edges} (key)`,
      `CREATE INDEX edges${n}_out ON ${t.edges} (source) INCLUDE (target, relation, id)`,
      `CREATE INDEX edges${n}_in ON ${t.edges} (target) INCLUDE (source, relation, id)`,
    ],
    evidence: [
      `ALTER TABLE ${t.evidence} ADD CONSTRAINT evidence${n}_pk PRIMARY KEY (edge, position)`,
    ],
    sources: [`ALTER TABLE ${t.sources} ADD CONSTRAINT sources${n}_pk PRIMARY KEY (id)`],
  };
}

export function dropVersionSql(t: VersionTables): string {
  return `DROP TABLE IF EXISTS ${Object.values(t).join(", ")}`;
}
