// The Details region: what the focused node is and how it is connected, relation by relation
// and direction by direction, each with the sentence that says so; or the clicked edge; or, with
// nothing focused, where to start. What to list is src/state/details.ts; a node's link sections
// ui/details-links.ts.
import { expandName, nodeIri } from "../formats/rdf/iri-text.ts";
import { counted } from "../model/counted.ts";
import { evidenceOf, evidenceSources } from "../model/evidence.ts";
import { isRelation, RELATION_MEANINGS } from "../model/vocabulary.ts";
import {
  detailsSubject,
  linkSentence,
  linksShownFirst,
  mostConnected,
  nodeLinkGroups,
} from "../state/details.ts";
import { selectEdge } from "../state/focus.ts";
import type { ViewState } from "../state/view-state.ts";
import { type AppContext, renderWhileMounted } from "./app-context.ts";
import { evidenceQuotes, type NodeLink, relationColour, relationSection } from "./details-links.ts";
import { element, swatch } from "./dom.ts";
import { nodeButton, sourceTitle } from "./graph-parts.ts";
import { connectControl } from "./path-panel.ts";
import { pointerWords } from "./pointer-words.ts";
import { expandButton } from "./remote-panel.ts";

function title(text: string): HTMLElement {
  return element("h3", { className: "details-title", text, attributes: { tabindex: "-1" } });
}

function nodeDetails(ctx: AppContext, nodeLink: NodeLink, key: string, view: ViewState) {
  const { graph } = ctx.dataset.get();
  const attributes = graph.getNodeAttributes(key);
  const kindColour = ctx.derived.palette().kinds.get(attributes.nodeKind) ?? "#999999";
  const parts: HTMLElement[] = [
    title(String(attributes.label ?? key)),
    element("p", { className: "details-kind" }, [
      swatch(kindColour),
      attributes.nodeKind,
      attributes.date ? ` · ${attributes.date}` : "",
    ]),
  ];
  const iri = nodeIri(key);
  if (iri) parts.push(element("p", { className: "details-iri", text: iri }));
  const aliases = (attributes.aliases ?? []).filter(Boolean);
  if (aliases.length > 0) {
    parts.push(element("p", { className: "details-aliases", text: `Also: ${aliases.join(", ")}` }));
  }
  if (attributes.description) {
    parts.push(element("p", { className: "details-description", text: attributes.description }));
  }
  parts.push(connectControl(ctx, key));
  if (ctx.remote) parts.push(expandButton(ctx.remote, key, String(attributes.label ?? key)));
  const groups = nodeLinkGroups(graph, ctx.derived.index().relations, key, view);
  const shownFirst = linksShownFirst(groups.length);
  for (const group of groups) parts.push(relationSection(ctx, nodeLink, group, shownFirst));
  if (groups.length === 0) {
    parts.push(element("p", { text: "No visible links: check the legend's filters." }));
  }
  return parts;
}

function edgeDetails(ctx: AppContext, nodeLink: NodeLink, edge: string): HTMLElement[] {
  const { graph: g } = ctx.dataset.get();
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
    title(linkSentence(g, edge)),
    element("p", { className: "details-edge-ends" }, [
      nodeLink(source),
      element("span", { className: "details-relation" }, [
        swatch(relationColour(ctx, attributes.relation), "line"),
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
    attributes.date ? element("p", { className: "date", text: `Date: ${attributes.date}` }) : null,
    ...evidenceQuotes(ctx, attributes),
    single ? element("p", { className: "details-source", text: `Source: ${single}` }) : null,
    close,
  ].filter((part): part is HTMLElement => part !== null);
}

function overview(ctx: AppContext, nodeLink: NodeLink): (HTMLElement | null)[] {
  const { graph: g, name } = ctx.dataset.get();
  const graphTitle = g.getAttribute("title") ?? name;
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

export function mountDetails(ctx: AppContext, container: HTMLElement): () => void {
  const headingId = "details-heading";
  const heading = element("h2", { text: "Details", attributes: { id: headingId } });
  const body = element("div", { className: "details-body" });
  container.setAttribute("aria-labelledby", headingId);
  container.replaceChildren(heading, body);

  // The button is gone with the re-render: keep keyboard users in Details, on the new title.
  const nodeLink: NodeLink = (key) =>
    nodeButton(ctx, key, () => body.querySelector<HTMLElement>(".details-title")?.focus());

  function render() {
    const view = ctx.view.get();
    const subject = detailsSubject(ctx.dataset.get().graph, view);
    if (subject.kind === "edge") {
      body.replaceChildren(...edgeDetails(ctx, nodeLink, subject.edge));
    } else if (subject.kind === "node") {
      body.replaceChildren(...nodeDetails(ctx, nodeLink, subject.key, view));
    } else {
      body.replaceChildren(...overview(ctx, nodeLink).filter((part) => part !== null));
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
