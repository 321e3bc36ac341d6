import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fixturePath } from "../fixture-path.ts";
import { ARTIFACTS, nodePosition, openAppPerTest, pngInk, statusCounts } from "./app-page.ts";

const LES_MISERABLES = fixturePath("les-miserables.gexf");
const DOWNLOADS = resolve(ARTIFACTS, "downloads");

const open = openAppPerTest();

const details = (page: Page) => page.getByRole("region", { name: "Details" });
const exportPanel = (page: Page) => page.getByRole("region", { name: "Export" });
const fileInput = (page: Page) => page.getByLabel("Open graph file");

async function openExportPanel(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await exportPanel(page).waitFor();
}

/** Chooses a format (and a scope) in the open panel, clicks Download, returns the saved files. */
/** The JSON choice, not JSON-LD (names match as substrings). */
const GRAPHOLOGY_JSON = /^JSON(?!-LD)/;

async function exportAs(
  page: Page,
  format: string | RegExp,
  options: { scope?: string | RegExp; count?: number } = {},
): Promise<{ name: string; text: string; bytes: Buffer }[]> {
  const panel = exportPanel(page);
  if (options.scope) await panel.getByRole("radio", { name: options.scope }).check();
  await panel.getByRole("radio", { name: format }).check();
  const count = options.count ?? 1;
  const downloads: Download[] = [];
  const allArrived = new Promise<void>((done) => {
    const onDownload = (download: Download) => {
      downloads.push(download);
      if (downloads.length === count) {
        page.off("download", onDownload);
        done();
      }
    };
    page.on("download", onDownload);
  });
  await panel.getByRole("button", { name: "Download" }).click();
  await allArrived;
  mkdirSync(DOWNLOADS, { recursive: true });
  const files = [];
  for (const download of downloads) {
    const name = download.suggestedFilename();
    const path = resolve(DOWNLOADS, name);
    await download.saveAs(path);
    const bytes = readFileSync(path);
    files.push({ name, bytes, text: bytes.toString("utf8") });
  }
  return files;
}

/** The nodes the app counts as shown (the focused neighbourhood), from its own derived view. */
function visibleNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const kg = (window as unknown as { __kg: { ctx: KgContext } }).__kg;
    const derived = kg.ctx.derived.view();
    return [...(derived.focusSpotlight?.nodes ?? [])].sort();
  });
}

interface DrawnNodes {
  getGraph(): { nodes(): string[] };
  getNodeDisplayData(key: string): { x: number; y: number; hidden: boolean } | undefined;
  framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
  getContainer(): HTMLElement;
}

interface KgContext {
  derived: { view(): { focusSpotlight: { nodes: Set<string> } | null } };
  view: { get(): { selection: string[]; focus: string | null } };
}

describe("Export", () => {
  it("saves the focused view as JSON and GEXF holding exactly the nodes on screen", async () => {
    const { page, errors } = await open("focus=china&depth=2&hideKinds=threat");
    const counts = await statusCounts(page);
    const shown = await visibleNodes(page);
    expect(shown).toHaveLength(counts.nodesShown);
    await openExportPanel(page);
    expect(
      await exportPanel(page)
        .getByRole("radio", { name: /Current view/ })
        .isChecked(),
    ).toBe(true);
    expect(await exportPanel(page).textContent()).toContain("china-depth-2-filtered.json");
    await page.screenshot({ path: resolve(ARTIFACTS, "export-panel.png") });

    const [json] = await exportAs(page, GRAPHOLOGY_JSON);
    expect(json.name).toBe("china-depth-2-filtered.json");
    const graph = JSON.parse(json.text) as {
      attributes: { title: string };
      nodes: { key: string; attributes: Record<string, unknown> }[];
      edges: {
        key: string;
        attributes: { evidence: { quote: string; source: string }[]; relation: string };
      }[];
    };
    expect(graph.nodes.map((node) => node.key).sort()).toEqual(shown);
    expect(graph.edges).toHaveLength(counts.edgesShown);
    expect(graph.nodes.some((node) => node.attributes.nodeKind === "threat")).toBe(false);
    const china = graph.nodes.find((node) => node.key === "china")?.attributes ?? {};
    expect(china).toMatchObject({ label: "China", nodeKind: "actor", color: "#0072B2" });
    expect(typeof china.description).toBe("string");
    expect(china).toHaveProperty("x");
    expect(china).toHaveProperty("size");
    const proposed = graph.edges.find((edge) => edge.key === "china~proposed~new-security-concept");
    expect(proposed?.attributes.evidence[0].quote).toContain("China formally proposed");
    expect(proposed?.attributes.evidence[0].source).toBe("new-security-concept");

    const [gexf] = await exportAs(page, "GEXF");
    expect(gexf.name).toBe("china-depth-2-filtered.gexf");
    const ids = [...gexf.text.matchAll(/<node id="([^"]+)"/g)].map((match) => match[1]).sort();
    expect(ids).toEqual(shown);
    expect(gexf.text.match(/<edge /g)).toHaveLength(counts.edgesShown);
    expect(gexf.text.match(/<viz:position /g)).toHaveLength(shown.length);
    expect(gexf.text.match(/<viz:color /g)?.length).toBeGreaterThanOrEqual(shown.length);
    expect(gexf.text.match(/<viz:size /g)).toHaveLength(shown.length);
    expect(gexf.text).toContain("China formally proposed");
    // Exporting changed nothing on screen.
    expect(await statusCounts(page)).toEqual(counts);
    expect(errors).toEqual([]);
  });

  it("saves the paths shown: their nodes and exactly their steps", async () => {
    const { page, errors } = await open("path=china,international-terrorism");
    const drawn = await page.evaluate(() => {
      const kg = (window as unknown as { __kg: { ctx: KgContext } }).__kg;
      const ctx = kg.ctx as unknown as {
        view: { get(): unknown };
        derived: {
          index(): {
            emphasis: { paths(view: unknown): { nodes: string[]; steps: { edge: string }[] }[] };
          };
        };
      };
      const found = ctx.derived.index().emphasis.paths(ctx.view.get());
      return {
        nodes: [...new Set(found.flatMap((path) => path.nodes))].sort(),
        edges: [...new Set(found.flatMap((path) => path.steps.map((step) => step.edge)))].sort(),
      };
    });
    expect(drawn.nodes).toEqual(
      expect.arrayContaining(["china", "new-security-concept", "international-terrorism"]),
    );
    await openExportPanel(page);
    const [json] = await exportAs(page, GRAPHOLOGY_JSON, { scope: /Paths shown/ });
    expect(json.name).toBe("china-to-international-terrorism-paths.json");
    const graph = JSON.parse(json.text) as { nodes: { key: string }[]; edges: { key: string }[] };
    expect(graph.nodes.map((node) => node.key).sort()).toEqual(drawn.nodes);
    expect(graph.edges.map((edge) => edge.key).sort()).toEqual(drawn.edges);
    expect(errors).toEqual([]);
  });

  it("saves a PNG that is a real, non-blank picture at the chosen scale, and an SVG", async () => {
    const { page, errors } = await open("focus=china");
    await openExportPanel(page);
    await exportPanel(page).getByRole("radio", { name: "PNG" }).check();
    await exportPanel(page).getByRole("combobox", { name: "Scale" }).selectOption("2");
    const [png] = await exportAs(page, "PNG");
    expect(png.name).toBe("china-depth-1.png");
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const picture = await pngInk(page, png.bytes);
    const stageWidth = await page.evaluate(
      () => document.getElementById("stage")?.getBoundingClientRect().width ?? 0,
    );
    expect(picture.width).toBe(Math.round(stageWidth) * 2);
    expect(picture.ink).toBeGreaterThan(100);

    const [svg] = await exportAs(page, "SVG");
    expect(svg.name).toBe("china-depth-1.svg");
    const shown = await visibleNodes(page);
    expect(svg.text).toMatch(/^<\?xml[^>]*>\s*<svg /);
    const circles = [...svg.text.matchAll(/<circle data-key="([^"]+)"/g)].map((match) => match[1]);
    expect(circles.sort()).toEqual(shown);
    expect(svg.text).toContain(">China</text>");

    // Edges sigma has not read yet (a big graph's edges stream in) are in the SVG all the same.
    const paths = (text: string) =>
      [...text.matchAll(/<path data-key="([^"]+)"[^>]*stroke="([^"]+)"/g)].map(
        (match) => `${match[1]} ${match[2]}`,
      );
    expect(paths(svg.text).length).toBeGreaterThan(0);
    await page.evaluate(() => {
      const { sigma } = (window as unknown as { __kg: { sigma: object } }).__kg;
      const cache = (sigma as { edgeDataCache: Record<string, unknown> }).edgeDataCache;
      for (const key of Object.keys(cache)) delete cache[key];
    });
    const [unread] = await exportAs(page, "SVG");
    expect(paths(unread.text).sort()).toEqual(paths(svg.text).sort());
    expect(errors).toEqual([]);
  });

  it("exports a selection made by shift-click, a box and Select neighbours", async () => {
    const { page, errors } = await open("focus=china");
    const selection = () =>
      page.evaluate(
        () => (window as unknown as { __kg: { ctx: KgContext } }).__kg.ctx.view.get().selection,
      );
    // The camera glides to the focus first; then pick two neighbours drawn on the stage.
    await page.waitForTimeout(700);
    const stage = await page.locator("#stage").boundingBox();
    if (!stage) throw new Error("no stage");
    const isOnStage = ({ x, y }: { x: number; y: number }) =>
      x > stage.x + 20 &&
      x < stage.x + stage.width - 20 &&
      y > stage.y + 20 &&
      y < stage.y + stage.height - 80;
    const picked: { key: string; x: number; y: number }[] = [];
    for (const key of await visibleNodes(page)) {
      const position = await nodePosition(page, key);
      if (key !== "china" && isOnStage(position) && picked.length < 2) {
        picked.push({ key, ...position });
      }
    }
    const chosen = picked.map((node) => node.key).sort();
    expect(chosen).toHaveLength(2);
    await page.keyboard.down("Shift");
    for (const { x, y } of picked) {
      await page.mouse.click(x, y);
      // Two clicks within sigma's double-click window would zoom instead.
      await page.waitForTimeout(350);
    }
    await page.keyboard.up("Shift");
    await expect.poll(selection).toEqual(chosen);
    expect(new URL(page.url()).searchParams.get("select")).toBe(chosen.join(","));

    await openExportPanel(page);
    const [graphml] = await exportAs(page, "GraphML", { scope: /Selection/ });
    expect(graphml.name).toBe("selection-2-nodes.graphml");
    expect(
      [...graphml.text.matchAll(/<node id="([^"]+)"/g)].map((match) => match[1]).sort(),
    ).toEqual(chosen);

    await exportPanel(page).getByRole("button", { name: "Select neighbours" }).click();
    expect((await selection()).length).toBeGreaterThan(2);
    const [nodes, edges] = await exportAs(page, "CSV", { count: 2 });
    const count = (await selection()).length;
    expect([nodes.name, edges.name].sort()).toEqual([
      `selection-${count}-nodes-edges.csv`,
      `selection-${count}-nodes-nodes.csv`,
    ]);
    await exportPanel(page).getByRole("button", { name: "Clear selection" }).click();
    expect(await selection()).toEqual([]);
    await page.keyboard.press("Escape");
    // Esc closed the panel and left the focus alone.
    expect(await exportPanel(page).isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get("focus")).toBe("china");

    // Shift+drag over the left half of the stage selects the nodes drawn there, keeps the focus.
    const box = await page.locator("#stage").boundingBox();
    if (!box) throw new Error("no stage");
    const corner = { x: box.x + box.width / 2, y: box.y + box.height - 2 };
    const inBox = await page.evaluate(
      ({ left, top, right, bottom }) => {
        const { sigma } = (window as unknown as { __kg: { sigma: DrawnNodes } }).__kg;
        const stage = sigma.getContainer().getBoundingClientRect();
        return sigma
          .getGraph()
          .nodes()
          .filter((key) => {
            const data = sigma.getNodeDisplayData(key);
            if (!data || data.hidden) return false;
            const point = sigma.framedGraphToViewport(data);
            const [x, y] = [stage.left + point.x, stage.top + point.y];
            return x >= left && x <= right && y >= top && y <= bottom;
          })
          .sort();
      },
      { left: box.x + 2, top: box.y + 2, right: corner.x, bottom: corner.y },
    );
    expect(inBox.length).toBeGreaterThan(5);
    await page.keyboard.down("Shift");
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 4, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(corner.x, corner.y, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up("Shift");
    await expect.poll(selection).toEqual(inBox);
    expect(new URL(page.url()).searchParams.get("focus")).toBe("china");
    expect(errors).toEqual([]);
  });

  it('"Copy link" copies the URL of the view, or shows it selected when copying is refused', async () => {
    const { page } = await open("focus=china&depth=2");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const status = page.getByRole("status").filter({ hasText: "Link copied" });
    await page.getByRole("button", { name: "Copy link" }).click();
    await status.waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error("denied"));
    });
    await page.getByRole("button", { name: "Copy link" }).click();
    const field = page.getByRole("textbox", { name: "Link to this view" });
    await field.waitFor();
    expect(await field.inputValue()).toBe(page.url());
    const selected = await field.evaluate(
      (input: HTMLInputElement) => input.selectionEnd === input.value.length,
    );
    expect(selected).toBe(true);
  });
});

describe("Open", () => {
  it("a malformed file shows where it is wrong and keeps the graph", async () => {
    const { page, errors } = await open();
    const before = await statusCounts(page);
    await fileInput(page).setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from('{ "nodes": [ { "key": "a" }, ]\n}'),
    });
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("broken.json:1");
    expect(await alert.textContent()).toContain("malformed JSON");
    expect(await statusCounts(page)).toEqual(before);

    await fileInput(page).setInputFiles({
      name: "edges.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("source,target\na,b\n"),
    });
    await fileInput(page).setInputFiles({
      name: "graph.gexf",
      mimeType: "application/xml",
      buffer: Buffer.from('<?xml version="1.0"?>\n<gexf><graph>\n<nodes><node id="a"></nodes>'),
    });
    await expect.poll(() => alert.textContent()).toContain("graph.gexf:3");
    expect(await statusCounts(page)).toEqual({
      nodesShown: 2,
      nodesTotal: 2,
      edgesShown: 1,
      edgesTotal: 1,
    });
    expect(errors).toEqual([]);
  });

  it("refuses a 200 MB file that is not a graph, dropped on the page, reading only its head", async () => {
    const { page } = await open();
    const before = await statusCounts(page);
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new ArrayBuffer(200 * 1024 * 1024)], "huge.gexf"));
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
    });
    const alert = page.getByRole("alert");
    // Files up to 1 GB go to the worker, which streams JSON, GEXF, GraphML and CSV; this one's
    // head is binary, so it would be read whole, and it is over that limit: refused unread.
    await expect
      .poll(() => alert.textContent(), { timeout: 30_000 })
      .toContain("huge.gexf: the file is 200 MB");
    expect(await statusCounts(page)).toEqual(before);
  });

  it("opens Les Misérables (GEXF): 77 nodes; Built-in graph brings the essay back", async () => {
    const { page, errors } = await open("focus=china&depth=2");
    const historyLength = () => page.evaluate(() => history.length);
    const entriesBefore = await historyLength();
    await fileInput(page).setInputFiles(LES_MISERABLES);
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(77);
    expect((await statusCounts(page)).nodesShown).toBe(77);
    // A new graph starts from the default view, one history entry later.
    expect(new URL(page.url()).search).toBe("");
    expect(await historyLength()).toBe(entriesBefore + 1);
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Opened" }).textContent())
      .toContain("les-miserables.gexf: 77 nodes");
    await openExportPanel(page);
    expect(await exportPanel(page).textContent()).toContain("les-miserables.json");
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Built-in graph" }).click();
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(80);
    expect(await page.getByRole("button", { name: "Built-in graph" }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it("parses a big file in a worker under the CSP, with a progress bar", async () => {
    const { page, errors } = await open();
    // Positioned, so that the time goes to reading and parsing, not to a first layout.
    const nodes = Array.from({ length: 1500 }, (_, index) => ({
      key: `n${index}`,
      attributes: {
        label: `Node ${index}`,
        description: "x".repeat(1500),
        x: index % 40,
        y: Math.floor(index / 40),
      },
    }));
    const edges = Array.from({ length: 1499 }, (_, index) => ({
      source: `n${index}`,
      target: `n${index + 1}`,
      attributes: { relation: "next" },
    }));
    const buffer = Buffer.from(JSON.stringify({ nodes, edges }));
    expect(buffer.length).toBeGreaterThan(2 * 1024 * 1024);
    const sawProgress = page
      .getByRole("progressbar", { name: "Opening big.json" })
      .waitFor({ timeout: 20_000 })
      .then(() => true);
    await fileInput(page).setInputFiles({ name: "big.json", mimeType: "application/json", buffer });
    await expect
      .poll(async () => (await statusCounts(page)).nodesTotal, { timeout: 60_000 })
      .toBe(1500);
    expect(await sawProgress).toBe(true);
    expect(await page.getByRole("progressbar").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("Cancel stops opening a big file and keeps the graph", async () => {
    const { page, errors } = await open();
    const before = await statusCounts(page);
    // 50,000 nodes: seconds of parsing, so there is time to change one's mind.
    const nodes = Array.from({ length: 50_000 }, (_, index) => ({
      key: `n${index}`,
      attributes: { label: `Node ${index}`, description: "y".repeat(200) },
    }));
    await fileInput(page).setInputFiles({
      name: "slow.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ nodes, edges: [] })),
    });
    await page.getByRole("progressbar", { name: "Opening slow.json" }).waitFor();
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "cancelled" }).textContent())
      .toContain("slow.json");
    expect(await page.getByRole("progressbar").count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await statusCounts(page)).toEqual(before);
    expect(errors).toEqual([]);
  });

  it("shows a hostile label as text, never as markup", async () => {
    const { page, errors } = await open();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = "<img src=x onerror=alert(1)>";
    const graph = {
      attributes: { title: "<script>alert(2)</script>" },
      nodes: [
        {
          key: "evil",
          attributes: { label: hostile, nodeKind: "<b>kind</b>", description: hostile },
        },
        { key: "plain", attributes: { label: "Plain", nodeKind: "actor" } },
      ],
      edges: [
        {
          source: "evil",
          target: "plain",
          attributes: { relation: "<i>rel</i>", evidence: [hostile] },
        },
      ],
    };
    await fileInput(page).setInputFiles({
      name: "hostile.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(graph)),
    });
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(2);
    const search = page.getByRole("combobox", { name: "Search" });
    const suggestions = page.getByRole("listbox", { name: "Suggestions" }).getByRole("option");
    await search.fill("<img");
    await expect.poll(() => suggestions.first().textContent()).toContain(hostile);
    await search.press("Enter");
    await expect
      .poll(() => details(page).getByRole("heading", { level: 3 }).textContent())
      .toBe(hostile);
    expect(await details(page).textContent()).toContain(hostile);
    expect(await page.getByRole("region", { name: "Legend" }).textContent()).toContain(
      "<b>kind</b>",
    );
    expect(await page.locator("#graph-title").textContent()).toBe("<script>alert(2)</script>");
    // Sigma draws the label on a canvas, from the same text.
    const drawnLabel = await page.evaluate(
      () =>
        (
          window as unknown as {
            __kg: { sigma: { getNodeDisplayData(key: string): { label: string } } };
          }
        ).__kg.sigma.getNodeDisplayData("evil").label,
    );
    expect(drawnLabel).toBe(hostile);
    await page.waitForTimeout(300);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("#legend b, #details i, script:not([src])").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
