// The Details region: what the focused node is and how it is connected, relation by relation
// and direction by direction, each with the sentence that says so; or the clicked edge; or, with
// nothing focused, where to start.
import { expandName, nodeIri } from "../formats/rdf/iri-text.ts";
import { counted } from "../model/counted.ts";
import { evidenceOf, evidenceSources } from "../model/evidence.ts";
import type { EdgeAttributes, KnowledgeGraph } from "../model/types.ts";
import { isRelation, RELATION_MEANINGS } from "../model/vocabulary.ts";
import { type Hub, topHubs } from "../query/hubs.ts";
import { selectEdge } from "../state/focus.ts";
import type { ViewState } from "../state/view-state.ts";
import { type AppContext, renderWhileMounted } from "./app-context.ts";
import { element, swatch } from "./dom.ts";
import { evidenceQuote, nodeButton, sourceTitle } from "./graph-parts.ts";
import { connectControl } from "./path-panel.ts";
import { pointerWords } from "./pointer-words.ts";
import { incomingPhrase, outgoingPhrase, undirectedPhrase } from "./relation-phrases.ts";
import { expandButton } from "./remote-panel.ts";

/** How many hubs the start page suggests. */
const HUB_SUGGESTIONS = 6;
/**
 * Links listed at first per relation group, and how many more each "Show more" adds: a hub of a
 * big graph has thousands, and building them all would hold up every focus change.
 */
const LINKS_SHOWN_FIRST = 30;
const LINKS_SHOWN_MORE = 200;
const byLabel = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

interface Link {
  edge: string;
  neighbour: string;
  attributes: EdgeAttributes;
}

const hubsByGraph = new WeakMap<KnowledgeGraph, Hub[]>();

/** The start page's hubs, found once per graph (the overview is drawn again on every filter). */
function mostConnected(graph: KnowledgeGraph): Hub[] {
  let hubs = hubsByGraph.get(graph);
  if (!hubs) {
    hubs = topHubs(graph, HUB_SUGGESTIONS);
    hubsByGraph.set(graph, hubs);
  }
  return hubs;
}

export function mountDetails(ctx: AppContext, container: HTMLElement): () => void {
  const headingId = "details-heading";
  const heading = element("h2", { text: "Details", attributes: { id: headingId } });
  const body = element("div", { className: "details-body" });
  container.setAttribute("aria-labelledby", headingId);
  container.replaceChildren(heading, body);

  const graph = () => ctx.dataset.get().graph;
  const kindColour = (kind: string) => ctx.derived.palette().kinds.get(kind) ?? "#999999";
  const relationColour = (relation: string) =>
    ctx.derived.palette().relations.get(relation) ?? "#999999";

  function nodeLink(key: string): HTMLButtonElement {
    // The button is gone with the re-render: keep keyboard users in Details, on the new title.
    return nodeButton(ctx, key, () => body.querySelector<HTMLElement>(".details-title")?.focus());
  }

  function title(text: string): HTMLElement {
    return element("h3", { className: "details-title", text, attributes: { tabindex: "-1" } });
  }

  function evidence(attributes: EdgeAttributes): HTMLElement[] {
    return evidenceOf(attributes.evidence).map((item) => evidenceQuote(ctx, item));
  }

  function isShown(edge: string, neighbour: string, view: ViewState): boolean {
    const g = graph();
    return (
      !view.hiddenRelations.includes(g.getEdgeAttribute(edge, "relation")) &&
      !view.hiddenKinds.includes(g.getNodeAttribute(neighbour, "nodeKind"))
    );
  }

  /** Links of one direction (undirected ones on their own, listed once), grouped by relation. */
  function groups(
    key: string,
    direction: "out" | "in" | "both",
    view: ViewState,
  ): Map<string, Link[]> {
    const byRelation = new Map<string, Link[]>();
    for (const relation of ctx.derived.index().relations) byRelation.set(relation, []);
    const seen = new Set<string>();
    const visit = (edge: string, attributes: EdgeAttributes, source: string, target: string) => {
      if ((attributes.undirected === true) !== (direction === "both") || seen.has(edge)) return;
      seen.add(edge);
      const neighbour = source === key ? target : source;
      if (!isShown(edge, neighbour, view)) return;
      byRelation.get(attributes.relation)?.push({ edge, neighbour, attributes });
    };
    if (direction !== "in") graph().forEachOutEdge(key, visit);
    if (direction !== "out") graph().forEachInEdge(key, visit);
    const label = (link: Link) => String(graph().getNodeAttribute(link.neighbour, "label"));
    for (const [relation, links] of byRelation) {
      if (links.length === 0) byRelation.delete(relation);
      else links.sort((a, b) => byLabel.compare(label(a), label(b)));
    }
    return byRelation;
  }

  function linkItem(link: Link): HTMLElement {
    const showEdge = element("button", {
      className: "edge-link",
      text: "Show link",
      attributes: {
        type: "button",
        "aria-label": `Show link: ${linkSentence(link.edge)}`,
      },
    });
    showEdge.addEventListener("click", () => ctx.view.update(selectEdge(link.edge)));
    return element("li", { className: "relation-item" }, [
      element("div", { className: "relation-item-head" }, [
        nodeLink(link.neighbour),
        link.attributes.date
          ? element("span", { className: "date", text: link.attributes.date })
          : null,
        showEdge,
      ]),
      ...evidence(link.attributes),
    ]);
  }

  function relationSection(relation: string, phrase: string, links: Link[]): HTMLElement {
    const list = element(
      "ul",
      { className: "relation-list" },
      links.slice(0, LINKS_SHOWN_FIRST).map(linkItem),
    );
    const section = element("section", { className: "relation-group" }, [
      element("h4", { className: "relation-heading" }, [
        swatch(relationColour(relation), "line"),
        phrase,
        element("span", { className: "count", text: ` (${links.length})` }),
      ]),
      list,
    ]);
    let shown = LINKS_SHOWN_FIRST;
    if (links.length > shown) {
      const more = element("button", { className: "show-more", attributes: { type: "button" } });
      const label = () => {
        const next = Math.min(LINKS_SHOWN_MORE, links.length - shown);
        more.textContent = `Show ${next} more of ${links.length - shown} (${phrase})`;
      };
      label();
      more.addEventListener("click", () => {
        list.append(...links.slice(shown, shown + LINKS_SHOWN_MORE).map(linkItem));
        shown += LINKS_SHOWN_MORE;
        if (shown >= links.length) more.remove();
        else label();
      });
      section.append(more);
    }
    return section;
  }

  function linkSentence(edge: string): string {
    const g = graph();
    const [source, target] = g.extremities(edge);
    return `${g.getNodeAttribute(source, "label")} ${g
      .getEdgeAttribute(edge, "relation")
      .replace(/-/g, " ")} ${g.getNodeAttribute(target, "label")}`;
  }

  function nodeDetails(key: string, view: ViewState): HTMLElement[] {
    const attributes = graph().getNodeAttributes(key);
    const parts: HTMLElement[] = [
      title(String(attributes.label ?? key)),
      element("p", { className: "details-kind" }, [
        swatch(kindColour(attributes.nodeKind)),
        attributes.nodeKind,
        attributes.date ? ` · ${attributes.date}` : "",
      ]),
    ];
    const iri = nodeIri(key);
    if (iri) parts.push(element("p", { className: "details-iri", text: iri }));
    const aliases = (attributes.aliases ?? []).filter(Boolean);
    if (aliases.length > 0) {
      parts.push(
        element("p", { className: "details-aliases", text: `Also: ${aliases.join(", ")}` }),
      );
    }
    if (attributes.description) {
      parts.push(element("p", { className: "details-description", text: attributes.description }));
    }
    parts.push(connectControl(ctx, key));
    if (ctx.remote) parts.push(expandButton(ctx.remote, key, String(attributes.label ?? key)));
    const outgoing = groups(key, "out", view);
    const incoming = groups(key, "in", view);
    const undirected = groups(key, "both", view);
    for (const [relation, links] of undirected) {
      parts.push(relationSection(relation, undirectedPhrase(relation), links));
    }
    for (const [relation, links] of outgoing) {
      parts.push(relationSection(relation, outgoingPhrase(relation), links));
    }
    for (const [relation, links] of incoming) {
      parts.push(relationSection(relation, incomingPhrase(relation), links));
    }
    if (outgoing.size === 0 && incoming.size === 0 && undirected.size === 0) {
      parts.push(element("p", { text: "No visible links: check the legend's filters." }));
    }
    return parts;
  }

  function edgeDetails(edge: string): HTMLElement[] {
    const g = graph();
    const attributes = g.getEdgeAttributes(edge);
    const [source, target] = g.extremities(edge);
    // With one document, it is named once; with several, under each quote.
    const documents = evidenceSources(evidenceOf(attributes.evidence));
    const single =
      (g.getAttribute("sources") ?? []).length === 1 && documents.length === 1
        ? sourceTitle(ctx, documents[0])
        : undefined;
    const close = element("button", {
      className: "details-close",
      text: "Close link",
      attributes: { type: "button" },
    });
    close.addEventListener("click", () => ctx.view.update(selectEdge(null)));
    return [
      title(linkSentence(edge)),
      element("p", { className: "details-edge-ends" }, [
        nodeLink(source),
        element("span", { className: "details-relation" }, [
          swatch(relationColour(attributes.relation), "line"),
          ` ${attributes.relation} ${attributes.undirected === true ? "—" : "→"} `,
        ]),
        nodeLink(target),
      ]),
      predicateLine(attributes.relation, g.getAttribute("prefixes")),
      isRelation(attributes.relation)
        ? element("p", {
            className: "details-meaning",
            text: RELATION_MEANINGS[attributes.relation],
          })
        : null,
      attributes.date
        ? element("p", { className: "date", text: `Date: ${attributes.date}` })
        : null,
      ...evidence(attributes),
      single ? element("p", { className: "details-source", text: `Source: ${single}` }) : null,
      close,
    ].filter((part): part is HTMLElement => part !== null);
  }

  function overview(): (HTMLElement | null)[] {
    const g = graph();
    const graphTitle = g.getAttribute("title") ?? ctx.dataset.get().name;
    const sources = (g.getAttribute("sources") ?? []).map((source) => source.title);
    // Remote mode: the database's hubs are in the Database panel; the drawing's would mislead.
    const hubs = ctx.remote ? [] : mostConnected(g);
    return [
      element("h3", { className: "details-title", text: String(graphTitle) }),
      sources.length > 0
        ? element("p", { className: "details-source", text: `Source: ${sources.join("; ")}` })
        : null,
      element("p", {
        text: `${pointerWords().click} a node, or search for one, to see what it is, how it is connected and the sentence behind each link.${pointerWords().isTouch ? "" : " Press / to search, Esc to clear."}`,
      }),
      hubs.length > 0 ? element("h4", { text: "Most connected" }) : null,
      element(
        "ul",
        { className: "hub-list" },
        hubs.map(({ key, degree }) =>
          element("li", {}, [
            nodeLink(key),
            element("span", { className: "count", text: ` ${counted(degree, "link")}` }),
          ]),
        ),
      ),
    ];
  }

  function render() {
    const view = ctx.view.get();
    const g = graph();
    if (view.selectedEdge !== null && g.hasEdge(view.selectedEdge)) {
      body.replaceChildren(...edgeDetails(view.selectedEdge));
    } else if (view.focus !== null && g.hasNode(view.focus)) {
      body.replaceChildren(...nodeDetails(view.focus, view));
    } else {
      body.replaceChildren(...overview().filter((part) => part !== null));
    }
  }

  return renderWhileMounted(
    ctx,
    container,
    ["focus", "selectedEdge", "hiddenKinds", "hiddenRelations", "appearance"],
    render,
  );
}

/** The full IRI of an RDF relation (`foaf:knows`), which the graph shows by its short name. */
function predicateLine(relation: string, prefixes: unknown): HTMLElement | null {
  const iri = expandName(relation, prefixes);
  return iri ? element("p", { className: "details-iri", text: `Predicate: ${iri}` }) : null;
}
