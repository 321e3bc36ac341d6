import { describe, expect, it } from "vitest";
import {
  type AppPage,
  ARTIFACTS,
  brightnessAt,
  inkShare,
  nodePosition,
  openAppPerTest,
  statusCounts,
} from "./app-page.ts";

const open = openAppPerTest();

const details = (page: AppPage["page"]) => page.getByRole("region", { name: "Details" });
const legend = (page: AppPage["page"]) => page.getByRole("region", { name: "Legend" });

describe("the explorer, first load", () => {
  it("loads with no console error, under a Content-Security-Policy header", async () => {
    const { page, errors } = await open();
    const response = await page.request.get(page.url());
    expect(response.headers()["content-security-policy"]).toContain("script-src 'self'");
    expect(await statusCounts(page)).toEqual({
      nodesShown: 80,
      nodesTotal: 80,
      edgesShown: 122,
      edgesTotal: 122,
    });
    expect(errors).toEqual([]);
  });

  it("draws the graph on the stage", async () => {
    const { page } = await open();
    await page.waitForTimeout(300);
    const share = await inkShare(page, page.locator("#stage"), "default-stage.png");
    expect(share).toBeGreaterThan(0.01);
    await page.screenshot({ path: `${ARTIFACTS}/default-view.png` });
  });
});

describe("finding things", () => {
  it('searching "UNDP" focuses it; Details shows the Human Development Report and its evidence', async () => {
    const { page, errors } = await open();
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("UNDP");
    await expect.poll(() => search.getAttribute("aria-expanded")).toBe("true");
    await expect
      .poll(() => page.getByRole("option").first().textContent())
      .toContain("United Nations Development Program");
    await search.press("Enter");
    const panel = details(page);
    await expect
      .poll(() => panel.getByRole("heading", { level: 3 }).textContent())
      .toBe("United Nations Development Program");
    await expect.poll(() => panel.textContent()).toContain("Human Development Report");
    await expect
      .poll(() => panel.textContent())
      .toContain("In 1994, the United Nations Development Program expounded the concept");
    expect(new URL(page.url()).searchParams.get("focus")).toBe("undp");
    await page.waitForTimeout(600);
    await inkShare(page, page.locator("body"), "focused-view.png");
    expect(errors).toEqual([]);
  });

  it("moves through suggestions with the arrow keys", async () => {
    const { page } = await open();
    const search = page.getByRole("combobox", { name: "Search" });
    await page.keyboard.press("/");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    await page.keyboard.type("security");
    await search.press("ArrowDown");
    await search.press("ArrowDown");
    const second = page.getByRole("option").nth(1);
    expect(await second.getAttribute("aria-selected")).toBe("true");
    expect(await search.getAttribute("aria-activedescendant")).toBe(
      await second.getAttribute("id"),
    );
    const label = (await second.locator(".search-option-label").textContent()) ?? "";
    await search.press("Enter");
    await expect
      .poll(() => details(page).getByRole("heading", { level: 3 }).textContent())
      .toBe(label);
  });

  it("shows what China proposed, each with the sentence behind it", async () => {
    const { page } = await open("focus=china");
    const panel = details(page);
    const proposed = panel.locator("section.relation-group", { hasText: "proposed →" });
    await expect.poll(() => proposed.textContent()).toContain("New security concept");
    await expect
      .poll(() => proposed.textContent())
      .toContain("In March 1997, China formally proposed the new security concept");
  });

  it("clicking a node on the stage focuses it", async () => {
    const { page } = await open();
    const { x, y } = await nodePosition(page, "china");
    await page.mouse.click(x, y);
    await expect
      .poll(() => details(page).getByRole("heading", { level: 3 }).textContent())
      .toBe("China");
    // Click on empty space clears it again (after sigma's double-click window has passed).
    await page.waitForTimeout(400);
    const box = await page.locator("#stage").boundingBox();
    if (!box) throw new Error("no stage");
    await page.mouse.click(box.x + 5, box.y + box.height - 5);
    await expect.poll(() => new URL(page.url()).searchParams.get("focus")).toBeNull();
  });
});

describe("focus and filters", () => {
  it("depth 2 shows more nodes than depth 1", async () => {
    const { page } = await open("focus=china");
    const depth1 = await statusCounts(page);
    expect(depth1.nodesShown).toBeGreaterThan(1);
    expect(depth1.nodesShown).toBeLessThan(depth1.nodesTotal);
    await page.getByRole("combobox", { name: "Depth" }).selectOption("2");
    await expect
      .poll(async () => (await statusCounts(page)).nodesShown)
      .toBeGreaterThan(depth1.nodesShown);
    expect(new URL(page.url()).searchParams.get("depth")).toBe("2");
  });

  it("toggling a kind off in the legend hides its nodes", async () => {
    const { page } = await open();
    const before = await statusCounts(page);
    const threat = legend(page).getByRole("checkbox", { name: "threat", exact: true });
    expect(await threat.isChecked()).toBe(true);
    // The legend says how many threats there are (as the checkbox's description).
    const threats = Number.parseInt(
      (await threat
        .getAttribute("aria-describedby")
        .then((id) => page.locator(`#${id}`).textContent())) ?? "",
      10,
    );
    expect(threats).toBeGreaterThan(0);
    await threat.uncheck();
    await expect
      .poll(async () => (await statusCounts(page)).nodesShown)
      .toBe(before.nodesShown - threats);
    expect((await statusCounts(page)).edgesShown).toBeLessThan(before.edgesShown);
    const relation = legend(page).getByRole("checkbox", { name: "proposed", exact: true });
    const edgesBefore = (await statusCounts(page)).edgesShown;
    await relation.uncheck();
    await expect.poll(async () => (await statusCounts(page)).edgesShown).toBeLessThan(edgesBefore);
    expect((await statusCounts(page)).nodesShown).toBe(before.nodesShown - threats);
    expect(new URL(page.url()).searchParams.get("hideRelations")).toBe("proposed");
  });

  it("Esc clears the focus", async () => {
    const { page } = await open("focus=china");
    await expect
      .poll(() => details(page).getByRole("heading", { level: 3 }).textContent())
      .toBe("China");
    await page.keyboard.press("Escape");
    await expect.poll(() => new URL(page.url()).searchParams.get("focus")).toBeNull();
    expect((await statusCounts(page)).nodesShown).toBe(80);
  });

  it("clicking a neighbour in Details moves the focus; Back restores the previous one", async () => {
    const { page } = await open("focus=china");
    await details(page)
      .getByRole("button", { name: "New security concept", exact: true })
      .first()
      .click();
    await expect
      .poll(() => details(page).getByRole("heading", { level: 3 }).textContent())
      .toBe("New security concept");
    await page.goBack();
    await expect
      .poll(() => details(page).getByRole("heading", { level: 3 }).textContent())
      .toBe("China");
    expect(new URL(page.url()).searchParams.get("focus")).toBe("china");
  });
});

describe("links", () => {
  it("a deep link restores its view", async () => {
    const { page } = await open("focus=china&depth=2&hideKinds=threat");
    await expect
      .poll(() => details(page).getByRole("heading", { level: 3 }).textContent())
      .toBe("China");
    expect(await page.getByRole("combobox", { name: "Depth" }).inputValue()).toBe("2");
    expect(
      await legend(page).getByRole("checkbox", { name: "threat", exact: true }).isChecked(),
    ).toBe(false);
    expect(await page.getByRole("alert").textContent()).toBe("");
  });

  it("a bad deep link opens the default view and says what was ignored", async () => {
    const { page, errors } = await open("focus=atlantis&depth=abc");
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain('focus "atlantis" (no such node)');
    expect(await alert.textContent()).toContain('depth "abc"');
    expect((await statusCounts(page)).nodesShown).toBe(80);
    expect(new URL(page.url()).search).toBe("");
    expect(errors).toEqual([]);
  });
});

interface DebugHandle {
  sigma: {
    getGraph(): { getNodeAttributes(key: string): Record<string, unknown> };
    getNodeDisplayData(key: string): {
      color: string;
      label: string | null;
      forceLabel: boolean;
      hidden: boolean;
    };
    getEdgeDisplayData(key: string): { label: string | null; color: string; hidden: boolean };
  };
  setHover(key: string | null): void;
  /** 0 normal, 1 dimmed, 2 hidden (src/state/item-states.ts). */
  nodeState(key: string): number;
  edgeState(key: string): number;
  ctx: {
    derived: { view(): { hover: string | null } };
    view: { update(change: (state: Record<string, unknown>) => Record<string, unknown>): void };
  };
}

/**
 * Runs `read` in the page on the debug handle (test builds only). It is sent as source text, so
 * it must not use anything from the test's scope.
 */
const drawn = <T>(page: AppPage["page"], read: (kg: DebugHandle) => T) =>
  page.evaluate(`(${read.toString()})(window.__kg)`) as Promise<T>;

describe("drawing", () => {
  it("hovering a node keeps it and its neighbours, dims the rest", async () => {
    const { page } = await open();
    const states = () =>
      drawn(page, (kg) => ({
        undp: kg.nodeState("undp"),
        report: kg.nodeState("human-development-report"),
        china: kg.nodeState("china"),
        issued: kg.edgeState("undp~issued~human-development-report"),
        proposed: kg.edgeState("china~proposed~new-security-concept"),
      }));
    const normal = { undp: 0, report: 0, china: 0, issued: 0, proposed: 0 };
    expect(await states()).toEqual(normal);
    const china = await nodePosition(page, "china");
    const before = await brightnessAt(page, china);
    await drawn(page, (kg) => kg.setHover("undp"));
    expect(await states()).toEqual({ ...normal, china: 1, proposed: 1 });
    // The programs read the states: China is drawn lighter, not just marked.
    await expect.poll(() => brightnessAt(page, china)).toBeGreaterThan(before + 40);
    await drawn(page, (kg) => kg.setHover(null));
    expect(await states()).toEqual(normal);
    await expect.poll(() => brightnessAt(page, china)).toBeLessThan(before + 10);
  });

  it("a hidden node cannot be pointed at; a dimmed one can", async () => {
    const { page } = await open();
    const hovered = () => drawn(page, (kg) => kg.ctx.derived.view().hover);
    // Focus through the store, so that the camera stays where it is.
    await drawn(page, (kg) => kg.ctx.view.update((state) => ({ ...state, focus: "china" })));
    expect(await drawn(page, (kg) => kg.nodeState("undp"))).toBe(1);
    const undp = await nodePosition(page, "undp");
    await page.mouse.move(undp.x, undp.y, { steps: 3 });
    await expect.poll(hovered).toBe("undp");
    await page.mouse.move(undp.x + 300, undp.y + 300, { steps: 3 });
    await expect.poll(hovered).toBe(null);
    await drawn(page, (kg) => kg.ctx.view.update((state) => ({ ...state, hideOthers: true })));
    expect(await drawn(page, (kg) => kg.nodeState("undp"))).toBe(2);
    await page.mouse.move(undp.x, undp.y, { steps: 3 });
    await page.waitForTimeout(300);
    expect(await hovered()).toBe(null);
  });

  it("labels the relations of the focused neighbourhood only", async () => {
    const { page } = await open("focus=china");
    const labels = await drawn(page, (kg) => ({
      focused: kg.sigma.getEdgeDisplayData("china~proposed~new-security-concept").label,
      elsewhere: kg.sigma.getEdgeDisplayData("undp~issued~human-development-report").label,
      node: kg.sigma.getNodeDisplayData("new-security-concept").forceLabel,
    }));
    expect(labels).toEqual({ focused: "proposed", elsewhere: "", node: true });
  });

  it("hides rather than dims the rest when asked", async () => {
    const { page } = await open("focus=china");
    await page.getByRole("checkbox", { name: "Hide the rest" }).check();
    await expect.poll(() => drawn(page, (kg) => kg.nodeState("undp"))).toBe(2);
    expect(await drawn(page, (kg) => kg.nodeState("china"))).toBe(0);
    expect(await drawn(page, (kg) => kg.edgeState("undp~issued~human-development-report"))).toBe(2);
    expect(new URL(page.url()).searchParams.get("hideOthers")).toBe("1");
  });

  it("shows an edge's relation, ends and evidence", async () => {
    const { page } = await open("focus=china");
    await details(page)
      .getByRole("button", { name: "Show link: China proposed New security concept" })
      .click();
    const panel = details(page);
    await expect
      .poll(() => panel.getByRole("heading", { level: 3 }).textContent())
      .toBe("China proposed New security concept");
    expect(await panel.textContent()).toContain("In March 1997, China formally proposed");
    expect(new URL(page.url()).searchParams.get("edge")).toBe(
      "china~proposed~new-security-concept",
    );
  });
});

describe("layout", () => {
  /** A node's position in graph coordinates, and whether it is pinned. */
  const position = (page: AppPage["page"], key: string) =>
    page.evaluate((node) => {
      const kg = (window as unknown as { __kg: DebugHandle }).__kg;
      const { x, y, fixed } = kg.sigma.getGraph().getNodeAttributes(node);
      return { x: x as number, y: y as number, fixed: fixed === true };
    }, key);

  it("runs ForceAtlas2 in a worker under the CSP, and resets to the first layout", async () => {
    const { page, errors } = await open();
    const start = await position(page, "china");
    const forces = page.getByRole("button", { name: "Force layout" });
    await forces.click();
    expect(await forces.getAttribute("aria-pressed")).toBe("true");
    await expect.poll(async () => (await position(page, "china")).x).not.toBe(start.x);
    await forces.click();
    expect(await forces.getAttribute("aria-pressed")).toBe("false");
    await page.getByRole("button", { name: "Reset layout" }).click();
    await expect.poll(() => position(page, "china")).toEqual(start);
    expect(errors).toEqual([]);
  });

  // 21,000 items on SwiftShader: a loaded 2-core machine needs more than the default minute.
  it("on a graph too big to reprocess per frame, redraws the forces' moves in slices", {
    timeout: 180_000,
  }, async () => {
    const { page, errors } = await open();
    // 3,000 nodes and 18,000 edges: above the 20,000 items that are reprocessed whole.
    await page.evaluate(() => {
      const { ctx } = (window as unknown as { __kg: { ctx: KgContext } }).__kg;
      const Graph = ctx.dataset.get().graph.constructor as new () => KgGraph;
      const graph = new Graph();
      // Placed already, so no first layout (a worker's, for 101-5,000 nodes) moves them too.
      for (let i = 0; i < 3000; i++) {
        const at = { x: (i * 7919) % 1000, y: (i * 104_729) % 1000 };
        graph.addNode(`n${i}`, { label: `N${i}`, nodeKind: "actor", ...at });
      }
      for (let i = 1; i < 3000; i++) {
        for (let k = 0; k < 6; k++) {
          const target = `n${(i * 7 + k * 13) % i}`;
          const key = `n${i}~addresses~${target}~${k}`;
          graph.addEdgeWithKey(key, `n${i}`, target, { relation: "addresses", evidence: [] });
        }
      }
      ctx.dataset.update(() => ({ graph, sourceTexts: {}, name: "big", isBuiltIn: false }));
    });
    /** Where sigma draws sampled nodes against where the graph says they are, in pixels. */
    const drift = () =>
      page.evaluate(() => {
        const kg = (window as unknown as { __kg: DebugHandle }).__kg;
        const sigma = kg.sigma as unknown as {
          getNodeDisplayData(key: string): { x: number; y: number };
          framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
          graphToViewport(point: { x: number; y: number }): { x: number; y: number };
          getGraph(): { getNodeAttributes(key: string): { x: number; y: number } };
        };
        let worst = 0;
        for (let i = 0; i < 3000; i += 97) {
          const drawn = sigma.framedGraphToViewport(sigma.getNodeDisplayData(`n${i}`));
          const actual = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(`n${i}`));
          worst = Math.max(worst, Math.hypot(drawn.x - actual.x, drawn.y - actual.y));
        }
        return worst;
      });
    const start = await position(page, "n1500");
    const forces = page.getByRole("button", { name: "Force layout" });
    await forces.click();
    await expect.poll(async () => (await position(page, "n1500")).x).not.toBe(start.x);
    await page.waitForTimeout(1500);
    await forces.click();
    expect(await forces.getAttribute("aria-pressed")).toBe("false");
    // After Stop, the last lap brings every drawn node to where the forces left it.
    await expect.poll(drift, { timeout: 30_000 }).toBeLessThan(0.5);
    expect(errors).toEqual([]);
  });

  it("lays nodes out in one column per kind", async () => {
    const { page } = await open();
    await page.getByRole("button", { name: "Layout by kind" }).click();
    // Actors share the first column once the nodes have glided there.
    await expect
      .poll(async () => (await position(page, "undp")).x === (await position(page, "china")).x)
      .toBe(true);
    expect((await position(page, "international-terrorism")).x).toBeGreaterThan(
      (await position(page, "china")).x,
    );
  });

  it("dragging a node moves it and pins it, without focusing it", async () => {
    const { page } = await open();
    const before = await position(page, "undp");
    const start = await nodePosition(page, "undp");
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 40, start.y + 30, { steps: 5 });
    await page.mouse.move(start.x + 80, start.y + 60, { steps: 5 });
    await page.mouse.up();
    const after = await position(page, "undp");
    expect(after.fixed).toBe(true);
    expect(after.x).not.toBe(before.x);
    expect(new URL(page.url()).searchParams.get("focus")).toBeNull();
  });
});

describe("another dataset", () => {
  it("the renderer and every panel follow a dataset replacement", async () => {
    const { page, errors } = await open("focus=china&hideKinds=threat");
    await page.evaluate(() => {
      const { ctx } = (window as unknown as { __kg: { ctx: KgContext } }).__kg;
      const Graph = ctx.dataset.get().graph.constructor as new () => KgGraph;
      const graph = new Graph();
      graph.setAttribute("title", "Tiny imported graph");
      graph.addNode("a", { label: "Alpha", nodeKind: "organisation", aliases: [] });
      graph.addNode("b", { label: "Beta", nodeKind: "organisation", aliases: [] });
      graph.addNode("c", { label: "Gamma", nodeKind: "threat", aliases: [] });
      graph.addEdgeWithKey("a~funds~b", "a", "b", {
        relation: "funds",
        evidence: [{ quote: "A funds B.", source: "" }],
      });
      graph.addEdgeWithKey("b~fights~c", "b", "c", { relation: "fights", evidence: [] });
      ctx.dataset.update(() => ({ graph, sourceTexts: {}, name: "tiny", isBuiltIn: false }));
    });
    // The focus on "china" no longer applies; hiding threats still does.
    await expect
      .poll(() => statusCounts(page))
      .toEqual({
        nodesShown: 2,
        nodesTotal: 3,
        edgesShown: 1,
        edgesTotal: 2,
      });
    expect(new URL(page.url()).searchParams.get("focus")).toBeNull();
    expect(await legend(page).getByRole("checkbox", { name: "organisation" }).isChecked()).toBe(
      true,
    );
    expect(await details(page).getByRole("heading", { level: 3 }).textContent()).toBe(
      "Tiny imported graph",
    );
    await page.getByRole("combobox", { name: "Search" }).fill("alph");
    await page.getByRole("combobox", { name: "Search" }).press("Enter");
    await expect
      .poll(() => details(page).getByRole("heading", { level: 3 }).textContent())
      .toBe("Alpha");
    expect(await details(page).textContent()).toContain("A funds B.");
    expect(await inkShare(page, page.locator("#stage"))).toBeGreaterThan(0.001);
    expect(errors).toEqual([]);
  });

  it("lists a hub's first links and shows the rest on demand", async () => {
    const { page, errors } = await open();
    await page.evaluate(() => {
      const { ctx } = (window as unknown as { __kg: { ctx: KgContext } }).__kg;
      const Graph = ctx.dataset.get().graph.constructor as new () => KgGraph;
      const graph = new Graph();
      graph.addNode("hub", { label: "Hub", nodeKind: "actor", aliases: [] });
      for (let i = 0; i < 250; i++) {
        const key = `leaf-${String(i).padStart(3, "0")}`;
        graph.addNode(key, { label: `Leaf ${String(i).padStart(3, "0")}`, nodeKind: "threat" });
        graph.addEdgeWithKey(`hub~addresses~${key}`, "hub", key, {
          relation: "addresses",
          evidence: [{ quote: `Hub addresses leaf ${i}.`, source: "" }],
        });
      }
      ctx.dataset.update(() => ({ graph, sourceTexts: {}, name: "hub", isBuiltIn: false }));
      ctx.view.update((state) => ({ ...state, focus: "hub" }));
    });
    const items = details(page).locator("li.relation-item");
    await expect.poll(() => items.count()).toBe(30);
    expect(await details(page).textContent()).toContain("addresses → (250)");
    expect(await items.first().textContent()).toContain("Leaf 000");
    await details(page)
      .getByRole("button", { name: /^Show 200 more of 220/ })
      .click();
    await expect.poll(() => items.count()).toBe(230);
    await details(page)
      .getByRole("button", { name: /^Show 20 more of 20/ })
      .click();
    await expect.poll(() => items.count()).toBe(250);
    expect(
      await details(page)
        .getByRole("button", { name: /more of/ })
        .count(),
    ).toBe(0);
    expect(errors).toEqual([]);
  });
});

interface KgGraph {
  constructor: unknown;
  setAttribute(name: string, value: unknown): void;
  addNode(key: string, attributes: Record<string, unknown>): void;
  addEdgeWithKey(key: string, source: string, target: string, attributes: unknown): void;
}

interface KgContext {
  dataset: { get(): { graph: KgGraph }; update(producer: () => unknown): void };
  view: { update(producer: (state: object) => object): void };
}
