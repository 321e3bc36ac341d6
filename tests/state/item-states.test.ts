import { describe, expect, it } from "vitest";
import { createViewDeriver } from "../../src/state/derive-view.ts";
import { createGraphIndex } from "../../src/state/graph-index.ts";
import {
  createItemStates,
  edgeSlot,
  edgeState,
  ITEM_DIMMED,
  ITEM_HIDDEN,
  ITEM_NORMAL,
  nodeSlot,
  nodeState,
  partRows,
  STATE_TEXTURE_WIDTH,
  writeItemStates,
} from "../../src/state/item-states.ts";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state.ts";
import { securityGraph } from "./fixture.ts";

function setup() {
  const index = createGraphIndex(securityGraph());
  const derive = createViewDeriver(index);
  const slots = index.indexed;
  const states = createItemStates(slots);
  const write = (changes: Partial<ViewState>, hover: string | null = null) => {
    writeItemStates(states, slots, derive({ ...DEFAULT_VIEW, ...changes }, hover));
    return {
      node: (key: string) => nodeState(states, slots, key),
      edge: (key: string) => edgeState(states, slots, key),
      nodesIn: (state: number) =>
        index.graph.filterNodes((key) => nodeState(states, slots, key) === state).sort(),
    };
  };
  return { index, slots, states, write };
}

describe("item slots", () => {
  it("numbers nodes then edges from 1, in graph order, as sigma numbers them for picking", () => {
    const { index, slots } = setup();
    expect(index.graph.nodes().map((key) => nodeSlot(slots, key))).toEqual(
      index.graph.nodes().map((_key, i) => 1 + i),
    );
    expect(index.graph.edges().map((key) => edgeSlot(slots, key))).toEqual(
      index.graph.edges().map((_key, i) => 1 + index.graph.order + i),
    );
  });

  it("sizes the texture in whole rows that hold every slot", () => {
    const { states, index } = setup();
    expect(states.width).toBe(STATE_TEXTURE_WIDTH);
    expect(states.bytes.length).toBe(states.width * states.height);
    expect(states.bytes.length).toBeGreaterThan(index.graph.order + index.graph.size);
  });
});

describe("partRows", () => {
  const states = (nodeCount: number, edgeCount: number) => {
    const count = 1 + nodeCount + edgeCount;
    const height = Math.ceil(count / STATE_TEXTURE_WIDTH);
    const bytes = new Uint8Array(STATE_TEXTURE_WIDTH * height);
    return { bytes, width: STATE_TEXTURE_WIDTH, height, version: 0, nodeCount, edgeCount };
  };

  it("gives the rows that hold the nodes' slots and those that hold the edges'", () => {
    // 100k nodes: slots 1..100,000 (rows 0-48); 500k edges: slots 100,001..600,000 (rows 48-292).
    const big = states(100_000, 500_000);
    expect(partRows(big, "nodes")).toEqual([0, 49]);
    expect(partRows(big, "edges")).toEqual([48, 293]);
    expect(big.height).toBe(293);
  });

  it("covers every slot of its part, and is empty for a part with no items", () => {
    const small = states(2047, 1);
    expect(partRows(small, "nodes")).toEqual([0, 1]);
    expect(partRows(small, "edges")).toEqual([1, 2]);
    expect(partRows(states(5, 0), "edges")).toEqual([0, 0]);
    const { slots, states: built } = setup();
    expect(built.nodeCount).toBe(slots.nodeKeys.length);
    expect(built.edgeCount).toBe(slots.edgeKeys.length);
  });
});

describe("item states", () => {
  it("draws everything normally in the default view", () => {
    const { write, index } = setup();
    expect(write({}).nodesIn(ITEM_NORMAL)).toEqual(index.graph.nodes().sort());
  });

  it("dims what is outside a hover spotlight and keeps the spotlight normal", () => {
    const { write } = setup();
    const look = write({}, "undp");
    expect(look.nodesIn(ITEM_NORMAL)).toEqual([
      "human-development-report",
      "human-security",
      "undp",
    ]);
    expect(look.node("china")).toBe(ITEM_DIMMED);
    expect(look.edge("undp~issued~human-development-report")).toBe(ITEM_NORMAL);
    expect(look.edge("china~proposed~new-security-concept")).toBe(ITEM_DIMMED);
  });

  it("hides the rest when the focus hides it, edges with it", () => {
    const { write } = setup();
    const look = write({ focus: "undp", hideOthers: true });
    expect(look.node("china")).toBe(ITEM_HIDDEN);
    expect(look.edge("china~proposed~new-security-concept")).toBe(ITEM_HIDDEN);
    expect(look.node("undp")).toBe(ITEM_NORMAL);
  });

  it("hides a hidden kind's nodes and every edge that touches them", () => {
    const { write } = setup();
    const look = write({ hiddenKinds: ["document"] });
    expect(look.nodesIn(ITEM_HIDDEN)).toEqual(["human-development-report", "position-paper"]);
    expect(look.edge("undp~issued~human-development-report")).toBe(ITEM_HIDDEN);
    expect(look.edge("position-paper~reiterated~new-security-concept")).toBe(ITEM_HIDDEN);
    expect(look.edge("china~proposed~new-security-concept")).toBe(ITEM_NORMAL);
  });

  it("hides a hidden relation's edges but not their ends", () => {
    const { write } = setup();
    const look = write({ hiddenRelations: ["issued"] });
    expect(look.edge("undp~issued~human-development-report")).toBe(ITEM_HIDDEN);
    expect(look.node("undp")).toBe(ITEM_NORMAL);
  });

  it("keeps the selected edge coloured in a dimmed picture", () => {
    const { write } = setup();
    const look = write({ focus: "undp", selectedEdge: "china~proposed~new-security-concept" });
    expect(look.edge("china~proposed~new-security-concept")).toBe(ITEM_NORMAL);
    expect(look.edge("china~reiterated~new-security-concept")).toBe(ITEM_DIMMED);
  });

  it("comes back to normal when the spotlight goes, and says the bytes changed", () => {
    const { write, states, index } = setup();
    write({}, "undp");
    const version = states.version;
    const look = write({});
    expect(states.version).toBeGreaterThan(version);
    expect(look.nodesIn(ITEM_NORMAL)).toEqual(index.graph.nodes().sort());
  });
});
