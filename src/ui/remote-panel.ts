// Remote mode's panel: what the database holds (counts by kind and relation, the most connected
// nodes, asked of the server once), and for the focused node the server actions: Expand, and
// "Load more" when the server cut its neighbourhood ("1,200 of 12,345 neighbours shown").
import { cutText, type RemoteSnapshot } from "../state/remote-snapshot.ts";
import type { StoreHub as Hub } from "../store/graph-store.ts";
import { describeRemoteError } from "../store/remote-error.ts";
import type { AppContext, RemoteMode } from "./app-context.ts";
import { element } from "./dom.ts";
import { nodeLabel } from "./graph-parts.ts";

/** How many hubs the panel suggests. */
const HUBS_SHOWN = 8;

function countsList(counts: Record<string, number>, label: string): HTMLElement {
  const items = Object.entries(counts).map(([name, count]) =>
    element("li", {}, [
      name,
      element("span", { className: "count", text: ` ${count.toLocaleString("en-GB")}` }),
    ]),
  );
  return element("ul", { className: "remote-counts", attributes: { "aria-label": label } }, items);
}

function summary(snapshot: RemoteSnapshot): HTMLElement[] {
  const { info } = snapshot;
  const format = (count: number) => count.toLocaleString("en-GB");
  return [
    element("h3", { text: "In the database" }),
    element("p", { text: `${format(info.nodes)} nodes · ${format(info.edges)} edges` }),
    countsList(info.kinds, "Nodes by kind"),
    countsList(info.relations, "Edges by relation"),
  ];
}

export function mountRemotePanel(ctx: AppContext, container: HTMLElement): () => void {
  const remote = ctx.remote as RemoteMode;
  container.hidden = false;
  const hubList = element("ul", { className: "hub-list" });
  const actions = element("div", { className: "remote-actions" });
  container.replaceChildren(
    ...summary(remote.snapshot()),
    element("h4", { text: "Most connected" }),
    hubList,
    actions,
  );

  const showHubs = (hubs: Hub[]) => {
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
  };
  remote.session.store
    .hubs(HUBS_SHOWN)
    .then(showHubs)
    .catch((error: unknown) =>
      ctx.announce(describeRemoteError(error, "list the most connected nodes")),
    );

  const button = (text: string, onClick: () => void) => {
    const node = element("button", { text, attributes: { type: "button" } });
    node.addEventListener("click", onClick);
    return node;
  };

  const renderActions = () => {
    const { focus } = ctx.view.get();
    const snapshot = remote.snapshot();
    if (focus === null || !snapshot.graph.hasNode(focus)) {
      actions.replaceChildren();
      return;
    }
    const cut = snapshot.cuts.get(focus);
    actions.replaceChildren(
      button(`Expand ${nodeLabel(ctx, focus)}`, () => void remote.expand(focus)),
      ...(cut
        ? [
            element("p", { className: "remote-cut" }, [
              `${cutText(cut)} — `,
              button("Load more", () => void remote.loadMore(focus)),
            ]),
          ]
        : []),
    );
  };
  renderActions();
  const unsubscribeView = ctx.view.subscribe((next, previous) => {
    if (next.focus !== previous.focus) renderActions();
  });
  const unsubscribeRemote = remote.subscribe(renderActions);
  return () => {
    unsubscribeView();
    unsubscribeRemote();
    container.replaceChildren();
    container.hidden = true;
  };
}
