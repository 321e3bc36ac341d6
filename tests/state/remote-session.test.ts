import { describe, expect, it } from "vitest";
import { openRemoteSession } from "../../src/state/remote-session.ts";
import type { RemoteSnapshot } from "../../src/state/remote-snapshot.ts";
import { cutText, remoteStatusText } from "../../src/state/remote-snapshot.ts";
import { isRemoteError } from "../../src/store/remote-error.ts";
import { queryFixture } from "../query/query-fixture.ts";
import { flakyStore } from "./remote-fake.ts";

async function session() {
  const remote = flakyStore(queryFixture());
  const changes: RemoteSnapshot[] = [];
  const errors: string[] = [];
  const opened = await openRemoteSession(remote, {
    onChange: (snapshot) => changes.push(snapshot),
    onError: (error, action) =>
      errors.push(`${action}: ${isRemoteError(error) ? error.reason : error}`),
  });
  return { remote, opened, changes, errors };
}

const positionOf = (snapshot: RemoteSnapshot, key: string) => {
  const { x, y } = snapshot.graph.getNodeAttributes(key);
  return { x, y };
};

describe("a remote session", () => {
  it("starts with the server's counts and nothing drawn", async () => {
    const { opened } = await session();
    expect(opened.snapshot().graph.order).toBe(0);
    expect(opened.snapshot().graph.getAttribute("title")).toBe("Query fixture");
    expect(remoteStatusText(opened.snapshot())).toBe("0 nodes drawn · 8 in the database");
  });

  it("draws a focus's neighbourhood, then grows it with Expand without moving what is drawn", async () => {
    const { opened } = await session();
    expect(await opened.focus("b", 1, {})).toBe(true);
    const first = opened.snapshot();
    expect(first.graph.nodes().sort()).toEqual(["a", "b", "c"]);
    expect(first.graph.edges().sort()).toEqual([
      "a~contrasts-with~b",
      "a~proposed~b",
      "b~reiterated~c",
    ]);
    const placed = Object.fromEntries(
      first.graph.nodes().map((key) => [key, positionOf(first, key)]),
    );

    expect(await opened.expand("c", {})).toBe(true);
    const grown = opened.snapshot();
    expect(grown.graph.nodes().sort()).toEqual(["a", "b", "c", "d", "e"]);
    expect([...grown.lastAdded].sort()).toEqual(["d", "e"]);
    expect(grown.loads).toEqual([
      { centre: "b", depth: 1 },
      { centre: "c", depth: 1 },
    ]);
    for (const key of ["a", "b", "c"]) expect(positionOf(grown, key)).toEqual(placed[key]);
    expect(first.graph.order).toBe(3);
  });

  it("sends the legend's filters and says where the server cut, and Load more asks for more", async () => {
    const { opened, remote } = await session();
    await opened.focus("c", 2, { hiddenKinds: ["threat"] }, 2);
    const cut = opened.snapshot();
    expect(cut.graph.hasNode("d")).toBe(false);
    expect(cut.cuts.get("c")).toEqual({ shown: 2, total: 3 });
    expect(cutText({ shown: 1200, total: 12345 })).toBe("1,200 of 12,345 neighbours shown");

    await opened.loadMore("c", 2, { hiddenKinds: ["threat"] });
    expect(remote.asked.at(-1)).toBe("neighbourhood c 2 1002");
    expect(opened.snapshot().cuts.has("c")).toBe(false);
    expect(opened.snapshot().graph.order).toBe(5);
  });

  it("draws the nodes and edges of the paths the server finds", async () => {
    const { opened } = await session();
    await opened.focus("a", 1, {});
    const paths = await opened.paths("a", "d", {});
    expect(paths?.[0].steps.map((step) => step.target)).toEqual(["b", "c", "d"]);
    const graph = opened.snapshot().graph;
    expect(graph.hasNode("d")).toBe(true);
    expect(graph.hasEdge("c~addresses~d")).toBe(true);
  });

  it("keeps what is drawn when the server goes away, and asks again on the next action", async () => {
    const { opened, remote, errors, changes } = await session();
    await opened.focus("b", 1, {});
    const drawn = opened.snapshot();
    remote.isDown = true;
    expect(await opened.expand("c", {})).toBe(false);
    expect(await opened.paths("a", "d", {})).toBeNull();
    expect(opened.snapshot()).toBe(drawn);
    expect(errors).toEqual([
      "load the neighbourhood of Common security: unreachable",
      "find paths between Côte d’Ivoire and d: unreachable",
    ]);
    remote.isDown = false;
    expect(await opened.expand("c", {})).toBe(true);
    expect(changes.length).toBe(2);
  });

  it("applies answers in the order the actions were asked", async () => {
    const { opened } = await session();
    await Promise.all([opened.focus("b", 1, {}), opened.expand("c", {}), opened.expand("e", {})]);
    const snapshot = opened.snapshot();
    expect(snapshot.loads.map((load) => load.centre)).toEqual(["b", "c", "e"]);
    expect(snapshot.graph.nodes().sort()).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("reports an unknown node without changing the drawing", async () => {
    const { opened, errors } = await session();
    expect(await opened.focus("atlantis", 1, {})).toBe(false);
    expect(errors).toEqual(["load the neighbourhood of atlantis: not-found"]);
  });

  it("names a node it has not drawn by the label search or hubs gave", async () => {
    const { opened, remote, errors } = await session();
    const [hit] = await opened.search("Common security", 1);
    expect(hit).toMatchObject({ key: "c", label: "Common security" });
    const [hub] = await opened.hubs(1);
    remote.isDown = true;
    expect(await opened.focus("c", 1, {})).toBe(false);
    expect(await opened.expand(hub.key, {})).toBe(false);
    expect(errors).toEqual([
      "load the neighbourhood of Common security: unreachable",
      `load the neighbourhood of ${hub.label}: unreachable`,
    ]);
    expect(hub.label).not.toBe(hub.key);
  });
});
