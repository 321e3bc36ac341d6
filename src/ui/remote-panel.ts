// Remote mode's panel: what the database holds (counts by kind and relation, the most connected
// nodes, asked of the server once), and for the focused node the server actions: Expand, and
// "Load more" when the server cut its neighbourhood ("1,200 of 12,345 neighbours shown").
import "./remote.css";
import { cutText, type RemoteSnapshot } from "../state/remote-snapshot.ts";
import type { StoreHub as Hub } from "../store/graph-store.ts";
import { describeRemoteError } from "../store/remote-error.ts";
import type { AppContext, RemoteMode } from "./app-context.ts";
import { element } from "./dom.ts";
import { nodeLabel } from "./graph-parts.ts";

/** How many hubs the panel suggests. */
const HUBS_SHOWN = 8;

/** "principle 48 · threat 16 · …": one line per list, most frequent first as the server gives. */
function countsLine(counts: Record<string, number>): HTMLElement {
  const text = Object.entries(counts)
    .map(([name, count]) => `${name} ${count.toLocaleString("en-GB")}`)
    .join(" · ");
  return element("p", { className: "remote-counts", text });
}

/** A link the browser saves as a file, streamed from the server as it comes. */
function download(text: string, href: string): HTMLAnchorElement {
  return element("a", { className: "remote-download", text, attributes: { href, download: "" } });
}

function summary(snapshot: RemoteSnapshot): HTMLElement[] {
  const { info } = snapshot;
  const format = (count: number) => count.toLocaleString("en-GB");
  return [
    element("h3", { text: "In the database" }),
    element("p", { text: `${format(info.nodes)} nodes · ${format(info.edges)} edges` }),
    countsLine(info.kinds),
    countsLine(info.relations),
  ];
}

/** "Expand China": adds the node's direct neighbours from the server (Details and this panel). */
export function expandButton(remote: RemoteMode, key: string, label: string): HTMLButtonElement {
  const button = element("button", {
    className: "expand-button",
    text: `Expand ${label}`,
    attributes: { type: "button", title: "Add its neighbours from the server to the drawing" },
  });
  button.addEventListener("click", () => void remote.expand(key));
  return button;
}

function showHubs(remote: RemoteMode, hubList: HTMLElement, hubs: Hub[]) {
  hubList.replaceChildren(
    ...hubs.map((hub) => {
      const button = element("button", {
        className: "node-link",
        text: hub.label,
        attributes: { type: "button" },
      });
      button.addEventListener("click", () => void remote.focus(hub.key));
      return element("li", {}, [
        button,
        element("span", { className: "count", text: ` ${hub.degree} links` }),
      ]);
    }),
  );
}

function button(text: string, onClick: () => void) {
  const node = element("button", { text, attributes: { type: "button" } });
  node.addEventListener("click", onClick);
  return node;
}

/** For the focused node: Expand, download its neighbourhood, and "Load more" when cut. */
function focusActions(ctx: AppContext, remote: RemoteMode): HTMLElement[] {
  const view = ctx.view.get();
  const { focus } = view;
  const snapshot = remote.snapshot();
  if (focus === null || !snapshot.graph.hasNode(focus)) return [];
  const cut = snapshot.cuts.get(focus);
  return [
    expandButton(remote, focus, nodeLabel(ctx, focus)),
    download(
      `Download its whole depth-${view.depth} neighbourhood from the server (JSON)`,
      remote.session.store.exportUrl({
        kind: "neighbourhood",
        focus,
        depth: view.depth,
        hiddenKinds: view.hiddenKinds,
        hiddenRelations: view.hiddenRelations,
      }),
    ),
    ...(cut
      ? [
          element("p", { className: "remote-cut" }, [
            `${cutText(cut)} — `,
            button("Load more", () => void remote.loadMore(focus)),
          ]),
        ]
      : []),
  ];
}

export function mountRemotePanel(ctx: AppContext, container: HTMLElement): () => void {
  const remote = ctx.remote as RemoteMode;
  container.hidden = false;
  const hubList = element("ul", { className: "hub-list" });
  const actions = element("div", { className: "remote-actions" });
  container.replaceChildren(
    ...summary(remote.snapshot()),
    download(
      "Download the whole graph from the server (JSON)",
      remote.session.store.exportUrl({ kind: "all" }),
    ),
    element("h4", { text: "Most connected" }),
    hubList,
    actions,
  );

  remote.session
    .hubs(HUBS_SHOWN)
    .then((hubs) => showHubs(remote, hubList, hubs))
    .catch((error: unknown) =>
      ctx.announce(describeRemoteError(error, "list the most connected nodes")),
    );

  const renderActions = () => actions.replaceChildren(...focusActions(ctx, remote));
  renderActions();
  const unsubscribeView = ctx.view.subscribe((next, previous) => {
    const fields = ["focus", "depth", "hiddenKinds", "hiddenRelations"] as const;
    if (fields.some((field) => next[field] !== previous[field])) renderActions();
  });
  const unsubscribeRemote = remote.subscribe(renderActions);
  return () => {
    unsubscribeView();
    unsubscribeRemote();
    container.replaceChildren();
    container.hidden = true;
  };
}
