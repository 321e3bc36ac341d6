import { describe, expect, it } from "vitest";
import { type AppPage, ARTIFACTS, openAppPerTest, statusCounts } from "./app-page.ts";

const open = openAppPerTest();

type Page = AppPage["page"];
const source = (page: Page) => page.getByRole("region", { name: "Source" });
const paths = (page: Page) => page.getByRole("region", { name: "Paths" });
const details = (page: Page) => page.getByRole("region", { name: "Details" });
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

const CHINA_PROPOSED = "new-security-concept:2.0";
const HUMAN_DEVELOPMENT_REPORT = "new-security-concept:4.2";
const CHAIN = "China —proposed→ New security concept —addresses→ International terrorism";

interface DebugHandle {
  ctx: {
    derived: {
      view(): { spotlight: { nodes: Set<string>; edges: Set<string> } | null };
      index(): {
        emphasis: { evidence(): { edgesBySentence: Map<string, string[]> } };
      };
    };
    dataset: {
      get(): { graph: { extremities(edge: string): [string, string] } };
      update(producer: (dataset: object) => object): void;
    };
  };
}

/** Runs `read` on the debug handle; sent as source text, so it cannot use the test's scope. */
const kg = <T>(page: Page, read: (handle: DebugHandle) => T) =>
  page.evaluate(`(${read.toString()})(window.__kg)`) as Promise<T>;

const spotlightNodes = (page: Page) =>
  kg(page, (handle) => [...(handle.ctx.derived.view().spotlight?.nodes ?? [])].sort());

/** The ends of the edges a sentence is evidence for, from the app's own evidence index. */
const sentenceEnds = (page: Page, id: string) =>
  page.evaluate((sentence) => {
    const { ctx } = (window as unknown as { __kg: DebugHandle }).__kg;
    const edges = ctx.derived.index().emphasis.evidence().edgesBySentence.get(sentence);
    const graph = ctx.dataset.get().graph;
    return [...new Set((edges ?? []).flatMap((edge) => graph.extremities(edge)))].sort();
  }, id);

/** Whether the element lies inside the visible part of the Source region's scroll area. */
const isInView = (page: Page, selector: string) =>
  page.evaluate((target) => {
    const element = document.querySelector(target);
    const frame = document.querySelector(".reading-body");
    if (!element || !frame) return false;
    const box = element.getBoundingClientRect();
    const visible = frame.getBoundingClientRect();
    return box.top >= visible.top && box.bottom <= visible.bottom && box.height > 0;
  }, selector);

const sentenceSelector = (id: string) => `[data-sentence="${id}"]`;

describe("the reading pane", () => {
  it("opens beside the graph with the Source button, with evidence sentences marked", async () => {
    const { page, errors } = await open();
    expect(await source(page).count()).toBe(0);
    const toggle = page.getByRole("button", { name: "Source", exact: true });
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => source(page).isVisible()).toBe(true);
    expect(param(page, "read")).toBe("1");
    const marked = source(page).getByRole("button", { name: /^In March 1997, China formally/ });
    expect(await marked.count()).toBe(1);
    // Paragraphs as in the original: the title, then the text's paragraphs.
    expect(await source(page).locator(".reading-paragraph").count()).toBe(13);
    const stage = await page.locator("#stage").boundingBox();
    const pane = await source(page).boundingBox();
    if (!stage || !pane) throw new Error("stage or pane not laid out");
    expect(pane.x).toBeGreaterThanOrEqual(stage.x + stage.width - 1);
    expect(errors).toEqual([]);
  });

  it("clicking a marked sentence lights up the ends of the edges it supports", async () => {
    const { page, errors } = await open("read=1");
    const expected = await sentenceEnds(page, CHINA_PROPOSED);
    expect(expected).toContain("china");
    const sentence = page.locator(sentenceSelector(CHINA_PROPOSED));
    await sentence.click();
    await page.mouse.move(5, 5); // away from the text: the selection stays, not just the hover
    await expect.poll(() => spotlightNodes(page)).toEqual(expected);
    expect(await sentence.getAttribute("aria-pressed")).toBe("true");
    expect(param(page, "sentence")).toBe(CHINA_PROPOSED);
    // Pointing at another sentence previews it; leaving the text goes back to the selection.
    await page.locator(sentenceSelector(HUMAN_DEVELOPMENT_REPORT)).hover();
    await expect.poll(() => spotlightNodes(page)).toContain("undp");
    await page.mouse.move(5, 5);
    await expect.poll(() => spotlightNodes(page)).toEqual(expected);
    // With the keyboard: Enter on the focused sentence deselects it.
    await sentence.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => param(page, "sentence")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("focusing UNDP highlights the Human Development Report sentence and scrolls it into view", async () => {
    const { page } = await open("read=1", { viewport: { width: 1280, height: 600 } });
    const target = sentenceSelector(HUMAN_DEVELOPMENT_REPORT);
    expect(await isInView(page, target)).toBe(false);
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("UNDP");
    await expect.poll(() => search.getAttribute("aria-expanded")).toBe("true");
    await search.press("Enter");
    await expect.poll(() => param(page, "focus")).toBe("undp");
    const sentence = page.locator(target);
    await expect.poll(() => sentence.getAttribute("class")).toContain("is-related");
    expect(await sentence.textContent()).toContain("Human Development Report");
    await expect.poll(() => isInView(page, target)).toBe(true);
    // Sentences about China are not highlighted.
    expect(
      await page.locator(sentenceSelector(CHINA_PROPOSED)).getAttribute("class"),
    ).not.toContain("is-related");
  });

  it("lists the sentences that back no edge, each a way to find it in the text", async () => {
    const { page } = await open("read=1", { viewport: { width: 1280, height: 600 } });
    const summary = source(page).locator("summary");
    expect(await summary.textContent()).toBe("Coverage: 36 of 49 sentences back an edge");
    await summary.click();
    const last = source(page).getByRole("button", {
      name: /^China’s new security concept reflects its efforts/,
    });
    await last.click();
    const focusedText = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(focusedText).toMatch(/^China’s new security concept reflects its efforts/);
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains("is-evidence")),
    ).toBe(false);
  });

  it("says when the graph carries no source text", async () => {
    const { page, errors } = await open("read=1");
    await page.evaluate(() => {
      const { ctx } = (window as unknown as { __kg: DebugHandle }).__kg;
      ctx.dataset.update((dataset) => ({ ...dataset, sourceTexts: {}, isBuiltIn: false }));
    });
    await expect
      .poll(() => source(page).textContent())
      .toContain("This graph carries no source text");
    expect(errors).toEqual([]);
  });
});

describe("how two nodes are connected", () => {
  it("Connect to… in Details draws the paths and writes them out with their evidence", async () => {
    const { page, errors } = await open("focus=china");
    await details(page).getByRole("button", { name: "Connect to…" }).click();
    const picker = page.getByRole("combobox", { name: "Connect China to" });
    await picker.fill("terrorism");
    await expect.poll(() => picker.getAttribute("aria-expanded")).toBe("true");
    await picker.press("Enter");
    const region = paths(page);
    await expect.poll(() => region.textContent()).toContain(CHAIN);
    expect(await region.textContent()).toContain(
      "In March 1997, China formally proposed the new security concept",
    );
    expect(param(page, "path")).toBe("china,international-terrorism");
    const lit = await spotlightNodes(page);
    expect(lit).toEqual(
      expect.arrayContaining(["china", "new-security-concept", "international-terrorism"]),
    );
    expect(lit).not.toContain("undp");
    // A node name in a chain is a button that focuses the node.
    await region.getByRole("button", { name: "New security concept" }).first().click();
    await expect.poll(() => param(page, "focus")).toBe("new-security-concept");
    await page.getByRole("button", { name: "Source", exact: true }).click();
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${ARTIFACTS}/reading-and-path.png` });
    // The path's nodes become the selection, which Export writes as a subgraph.
    await region.getByRole("button", { name: "Select path nodes" }).click();
    expect(param(page, "select")).toBe(
      "china,coordination,international-terrorism,new-security-concept",
    );
    await region.getByRole("button", { name: "Close paths" }).click();
    await expect.poll(() => param(page, "path")).toBeNull();
    expect(await region.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("a deep link restores the selected sentence and the path", async () => {
    const { page, errors } = await open(
      `read=1&sentence=${CHINA_PROPOSED}&path=china,international-terrorism`,
    );
    const sentence = page.locator(sentenceSelector(CHINA_PROPOSED));
    expect(await sentence.getAttribute("aria-pressed")).toBe("true");
    expect(await paths(page).textContent()).toContain(CHAIN);
    // The selected sentence stands out over the path; deselecting it shows the path again.
    expect(await spotlightNodes(page)).toEqual(await sentenceEnds(page, CHINA_PROPOSED));
    await sentence.click();
    await page.mouse.move(5, 5);
    await expect.poll(() => spotlightNodes(page)).toContain("international-terrorism");
    expect(await page.getByRole("alert").textContent()).toBe("");
    expect(errors).toEqual([]);
  });

  it("a link to a sentence that does not exist says so", async () => {
    const { page } = await open("sentence=new-security-concept:99.0");
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain('sentence "new-security-concept:99.0"');
  });
});

describe("the timeline", () => {
  it("a deep link to 1995 shows fewer nodes; the slider and Show all years follow", async () => {
    const { page, errors } = await open("year=1995");
    const counts = await statusCounts(page);
    expect(counts.nodesShown).toBeLessThan(counts.nodesTotal);
    const slider = page.getByRole("slider", { name: "Year" });
    expect(await slider.inputValue()).toBe("1995");
    expect(await slider.getAttribute("min")).toBe("1991");
    expect(await slider.getAttribute("max")).toBe("2011");
    await page.getByRole("checkbox", { name: "Show undated" }).uncheck();
    await expect
      .poll(async () => (await statusCounts(page)).nodesShown)
      .toBeLessThan(counts.nodesShown);
    expect(param(page, "undated")).toBe("0");
    await page.getByRole("checkbox", { name: "Show undated" }).check();
    await page.getByRole("button", { name: "All years" }).click();
    await expect.poll(async () => (await statusCounts(page)).nodesShown).toBe(counts.nodesTotal);
    expect(param(page, "year")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("the slider moves through the years; Play grows the graph a year at a time", async () => {
    const { page } = await open();
    const slider = page.getByRole("slider", { name: "Year" });
    await slider.focus();
    await page.keyboard.press("Home");
    await expect.poll(() => param(page, "year")).toBe("1991");
    const in1991 = (await statusCounts(page)).nodesShown;
    await page.keyboard.press("End");
    await expect.poll(() => param(page, "year")).toBe("2011");
    expect((await statusCounts(page)).nodesShown).toBeGreaterThan(in1991);
    const play = page.getByRole("button", { name: "Play" });
    await play.click();
    await expect.poll(() => param(page, "year")).toBe("1991");
    await expect.poll(() => param(page, "year"), { timeout: 3000 }).toBe("1992");
    await page.getByRole("button", { name: "Pause" }).click();
    const paused = param(page, "year");
    await page.waitForTimeout(900);
    expect(param(page, "year")).toBe(paused);
  });
});

describe("small screens", () => {
  it("at phone width the reading pane and the paths sit below the graph, nothing overflows", async () => {
    const { page, errors } = await open(
      `read=1&path=china,international-terrorism&sentence=${CHINA_PROPOSED}`,
      { viewport: { width: 390, height: 844 } },
    );
    const stage = await page.locator("#stage").boundingBox();
    const pane = await source(page).boundingBox();
    if (!stage || !pane) throw new Error("stage or pane not laid out");
    expect(pane.y).toBeGreaterThanOrEqual(stage.y + stage.height - 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${ARTIFACTS}/reading-phone.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
