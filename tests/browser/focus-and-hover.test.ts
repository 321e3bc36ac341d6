// Issue 11's first five minutes, continued: the keyboard focus lands on what an action was about
// (never on <body>), hovering around a focus shows the hovered node's neighbours, and Hide the
// rest also hides what is outside a shown path.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fixturePath } from "../fixture-path.ts";
import { openAppPerTest, statusCounts } from "./app-page.ts";

const open = openAppPerTest();

/** What the tests drive of window.__kg (see main.ts). */
interface Kg {
  setHover(key: string | null): void;
  /** 0 normal, 1 dimmed, 2 hidden (src/state/item-states.ts). */
  nodeState(key: string): number;
  edgeState(key: string): number;
  ctx: { view: { update(change: (state: object) => object): void } };
}

const kg = <T>(page: Page, read: (handle: Kg) => T) =>
  page.evaluate(`(${read.toString()})(window.__kg)`) as Promise<T>;

/** The focused element: its tag, its text, and whether it is <body>. */
const active = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      text: element?.textContent?.trim() ?? "",
    };
  });

describe("keyboard focus after actions", () => {
  it('"Show link" puts the focus on the link it shows; "Close link" on the node', async () => {
    const { page, errors } = await open("focus=china");
    const details = page.getByRole("region", { name: "Details" });
    const show = details.getByRole("button", { name: /^Show link: China proposed/ }).first();
    await show.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("edge")).not.toBeNull();
    await expect.poll(() => active(page)).toMatchObject({ tag: "h3" });
    expect((await active(page)).text).toMatch(/^China proposed/);

    await details.getByRole("button", { name: "Close link" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => active(page)).toEqual({ tag: "h3", text: "China" });
    expect(errors).toEqual([]);
  });

  it('"Clear focus" and "Built-in graph" leave the focus in the page, not on <body>', async () => {
    const { page } = await open("focus=china");
    await page.getByRole("button", { name: "Clear focus" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("focus")).toBeNull();
    await expect.poll(async () => (await active(page)).tag).not.toBe("body");

    await page.getByLabel("Open graph file").setInputFiles(fixturePath("les-miserables.gexf"));
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(77);
    await page.getByRole("button", { name: "Built-in graph" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(80);
    await expect.poll(async () => (await active(page)).tag).not.toBe("body");
  });
});

describe("hover and Hide the rest", () => {
  it("hovering a node while another is focused shows the hovered node's neighbours too", async () => {
    const { page } = await open("focus=china");
    // UNDP is outside China's neighbourhood; the Human Development Report is its neighbour only.
    expect(await kg(page, (handle) => handle.nodeState("human-development-report"))).toBe(1);
    await kg(page, (handle) => handle.setHover("undp"));
    expect(await kg(page, (handle) => handle.nodeState("undp"))).toBe(0);
    expect(await kg(page, (handle) => handle.nodeState("human-development-report"))).toBe(0);
    expect(
      await kg(page, (handle) => handle.edgeState("undp~issued~human-development-report")),
    ).toBe(0);
    // The focus's own neighbourhood stays lit; the status line still counts the focus's.
    expect(await kg(page, (handle) => handle.nodeState("new-security-concept"))).toBe(0);
    const counts = await statusCounts(page);
    await kg(page, (handle) => handle.setHover(null));
    expect(await kg(page, (handle) => handle.nodeState("human-development-report"))).toBe(1);
    expect(await statusCounts(page)).toEqual(counts);
  });

  it("Hide the rest hides what is outside a shown path", async () => {
    const { page } = await open("path=undp,international-terrorism");
    const hidden = () =>
      page.evaluate(() => {
        const handle = (
          window as unknown as { __kg: Kg & { sigma: { getGraph(): { nodes(): string[] } } } }
        ).__kg;
        return handle.sigma
          .getGraph()
          .nodes()
          .filter((key) => handle.nodeState(key) === 2).length;
      });
    expect(await hidden()).toBe(0);
    expect((await statusCounts(page)).nodesShown).toBe(80);
    await page.getByRole("checkbox", { name: "Hide the rest" }).check();
    await expect.poll(hidden).toBeGreaterThan(40);
    const shown = await statusCounts(page);
    expect(shown.nodesShown).toBe(shown.nodesTotal - (await hidden()));
    expect(await kg(page, (handle) => handle.nodeState("undp"))).toBe(0);
    expect(await kg(page, (handle) => handle.nodeState("international-terrorism"))).toBe(0);
    expect(new URL(page.url()).searchParams.get("hideOthers")).toBe("1");
  });
});
