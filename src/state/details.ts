// What the Details panel lists, without the DOM: whether it shows an edge, a node or the start
// page; a node's links, undirected ones first, then outgoing and incoming, grouped by relation and
// sorted by the neighbour's name, leaving out what the legend hides; the start page's hubs.
// ui/details.ts draws it.
import type { EdgeAttributes, KnowledgeGraph } from "../model/types.ts";
import { type Hub, topHubs } from "../query/hubs.ts";
import type { ViewState } from "./view-state.ts";

/**
 * Links a relation group lists before its "Show more": up to 30, fewer when a node has many
 * groups, so that a hub's panel starts with about LINKS_FIRST_BUDGET links, not 30 per group
 * (a hub with 24 groups built 720 links, each with its quotes, on every focus: most of a
 * focus frame at 100k nodes).
 */
export const LINKS_SHOWN_FIRST = 30;
const LINKS_SHOWN_FIRST_MIN = 5;
export const LINKS_FIRST_BUDGET = 120;

export function linksShownFirst(groups: number): number {
  const share = Math.floor(LINKS_FIRST_BUDGET / Math.max(1, groups));
  return Math.max(LINKS_SHOWN_FIRST_MIN, Math.min(LINKS_SHOWN_FIRST, share));
}

/** How many hubs the start page suggests. */
const HUB_SUGGESTIONS = 6;
const byLabel = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

export interface Link {
  edge: string;
  neighbour: string;
  attributes: EdgeAttributes;
}

export type LinkDirection = "both" | "out" | "in";

/** The links of one relation in one direction, as the panel lists them. */
export interface LinkGroup {
  relation: string;
  direction: LinkDirection;
  links: Link[];
}

/** What the panel is about: the selected edge, else the focused node, else the start page. */
export type DetailsSubject =
  | { kind: "edge"; edge: string }
  | { kind: "node"; key: string }
  | { kind: "overview" };

export function detailsSubject(graph: KnowledgeGraph, view: ViewState): DetailsSubject {
  if (view.selectedEdge !== null && graph.hasEdge(view.selectedEdge)) {
    return { kind: "edge", edge: view.selectedEdge };
  }
  if (view.focus !== null && graph.hasNode(view.focus)) return { kind: "node", key: view.focus };
  return { kind: "overview" };
}

function isShown(graph: KnowledgeGraph, edge: string, neighbour: string, view: ViewState) {
  return (
    !view.hiddenRelations.includes(graph.getEdgeAttribute(edge, "relation")) &&
    !view.hiddenKinds.includes(graph.getNodeAttribute(neighbour, "nodeKind"))
  );
}

/** Links of one direction (undirected ones on their own, listed once), grouped by relation. */
function linksByRelation(
  graph: KnowledgeGraph,
  relations: readonly string[],
  key: string,
  direction: LinkDirection,
  view: ViewState,
): Map<string, Link[]> {
  const byRelation = new Map<string, Link[]>();
  for (const relation of relations) byRelation.set(relation, []);
  const seen = new Set<string>();
  const visit = (edge: string, attributes: EdgeAttributes, source: string, target: string) => {
    if ((attributes.undirected === true) !== (direction === "both") || seen.has(edge)) return;
    seen.add(edge);
    const neighbour = source === key ? target : source;
    if (!isShown(graph, edge, neighbour, view)) return;
    byRelation.get(attributes.relation)?.push({ edge, neighbour, attributes });
  };
  if (direction !== "in") graph.forEachOutEdge(key, visit);
  if (direction !== "out") graph.forEachInEdge(key, visit);
  const label = (link: Link) => String(graph.getNodeAttribute(link.neighbour, "label"));
  for (const [relation, links] of byRelation) {
    if (links.length === 0) byRelation.delete(relation);
    else links.sort((a, b) => byLabel.compare(label(a), label(b)));
  }
  return byRelation;
}

/**
 * A node's visible links: undirected groups, then outgoing, then incoming, each in the order of
 * `relations` (the index's); empty groups left out. Empty when the legend hides every link.
 */
export function nodeLinkGroups(
  graph: KnowledgeGraph,
  relations: readonly string[],
  key: string,
  view: ViewState,
): LinkGroup[] {
  return (["both", "out", "in"] as const).flatMap((direction) =>
    [...linksByRelation(graph, relations, key, direction, view)].map(([relation, links]) => ({
      relation,
      direction,
      links,
    })),
  );
}

/** "China proposed New security concept": an edge as a sentence, for titles and labels. */
export function linkSentence(graph: KnowledgeGraph, edge: string): string {
  const [source, target] = graph.extremities(edge);
  return `${graph.getNodeAttribute(source, "label")} ${graph
    .getEdgeAttribute(edge, "relation")
    .replace(/-/g, " ")} ${graph.getNodeAttribute(target, "label")}`;
}

const hubsByGraph = new WeakMap<KnowledgeGraph, Hub[]>();

/** The start page's hubs, found once per graph (the overview is drawn again on every filter). */
export function mostConnected(graph: KnowledgeGraph): Hub[] {
  let hubs = hubsByGraph.get(graph);
  if (!hubs) {
    hubs = topHubs(graph, HUB_SUGGESTIONS);
    hubsByGraph.set(graph, hubs);
  }
  return hubs;
}
