// A node's links in the Details panel: one section per relation and direction, each link with
// its neighbour, date, a "Show link" button and the quotes behind it. A hub has thousands of
// links, so a section lists the first ones and a "Show more" button adds the rest in batches.
import { evidenceOf } from "../model/evidence.ts";
import { type Link, type LinkGroup, linkSentence } from "../state/details.ts";
import { selectEdge } from "../state/focus.ts";
import type { AppContext } from "./app-context.ts";
import { element, swatch } from "./dom.ts";
import { evidenceQuote } from "./graph-parts.ts";
import { incomingPhrase, outgoingPhrase, undirectedPhrase } from "./relation-phrases.ts";

/**
 * How many more links each "Show more" adds: a hub of a big graph has thousands, and building
 * them all would hold up every focus change (the first few: linksShownFirst in state/details.ts).
 */
const LINKS_SHOWN_MORE = 200;

const PHRASES = { both: undirectedPhrase, out: outgoingPhrase, in: incomingPhrase };

/** A node's name as a button that focuses it. */
export type NodeLink = (key: string) => HTMLButtonElement;

export function relationColour(ctx: AppContext, relation: string): string {
  return ctx.derived.palette().relations.get(relation) ?? "#999999";
}

/** The quotes behind an edge, each with its document. */
export function evidenceQuotes(ctx: AppContext, attributes: Link["attributes"]): HTMLElement[] {
  return evidenceOf(attributes.evidence).map((item) => evidenceQuote(ctx, item));
}

function linkItem(ctx: AppContext, nodeLink: NodeLink, link: Link): HTMLElement {
  const showEdge = element("button", {
    className: "edge-link",
    text: "Show link",
    attributes: {
      type: "button",
      "aria-label": `Show link: ${linkSentence(ctx.dataset.get().graph, link.edge)}`,
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
    ...evidenceQuotes(ctx, link.attributes),
  ]);
}

export function relationSection(
  ctx: AppContext,
  nodeLink: NodeLink,
  { relation, direction, links }: LinkGroup,
  shownFirst: number,
): HTMLElement {
  const phrase = PHRASES[direction](relation);
  const item = (link: Link) => linkItem(ctx, nodeLink, link);
  const list = element("ul", { className: "relation-list" }, links.slice(0, shownFirst).map(item));
  const section = element("section", { className: "relation-group" }, [
    element("h4", { className: "relation-heading" }, [
      swatch(relationColour(ctx, relation), "line"),
      phrase,
      element("span", { className: "count", text: ` (${links.length})` }),
    ]),
    list,
  ]);
  let shown = shownFirst;
  if (links.length > shown) {
    const more = element("button", { className: "show-more", attributes: { type: "button" } });
    const label = () => {
      const next = Math.min(LINKS_SHOWN_MORE, links.length - shown);
      more.textContent = `Show ${next} more of ${links.length - shown} (${phrase})`;
    };
    label();
    more.addEventListener("click", () => {
      list.append(...links.slice(shown, shown + LINKS_SHOWN_MORE).map(item));
      shown += LINKS_SHOWN_MORE;
      if (shown >= links.length) more.remove();
      else label();
    });
    section.append(more);
  }
  return section;
}
