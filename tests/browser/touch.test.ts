// A phone (390 px, touch screen): there is no shift-click, so help texts say "tap" and
// "long-press", and a long-press on a node does select it.
import { describe, expect, it } from "vitest";
import { nodePosition, openAppPerTest } from "./app-page.ts";

const open = openAppPerTest();

interface PickingSigma {
  getGraph(): { nodes(): string[] };
  getNodeDisplayData(key: string): { x: number; y: number };
  framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
  getNodeAtPosition(point: { x: number; y: number }): string | null;
}
const PHONE = { viewport: { width: 390, height: 844 }, touch: true };

describe("help texts on a touch screen", () => {
  it("say tap and long-press, and a long-press on a node selects it", async () => {
    const { page, errors } = await open("", PHONE);
    const legend = page.getByRole("region", { name: "Legend" });
    await expect
      .poll(() => legend.getByRole("list", { name: "Rings" }).textContent())
      .toContain("selected (long-press)");
    const details = (await page.getByRole("region", { name: "Details" }).textContent()) ?? "";
    expect(details).toContain("Tap a node, or search for one");
    expect(details).not.toMatch(/shift|Esc to clear/i);
    await page.getByRole("button", { name: "Source" }).click();
    const reading = (await page.locator("#reading").textContent()) ?? "";
    expect(reading).toContain("tap one to see them");

    // Long-press a node on the stage: it joins the selection (and is not focused).
    await page.evaluate(() => window.scrollTo(0, 0));
    // Opening Source reframed the stage: wait until it stands still.
    let china = await nodePosition(page, "china");
    await expect
      .poll(async () => {
        const before = china;
        china = await nodePosition(page, "china");
        return Math.hypot(china.x - before.x, china.y - before.y);
      })
      .toBeLessThan(0.5);
    // Nodes overlap at this width: take one that is on top at its own centre.
    const key = await page.evaluate(() => {
      const { sigma } = (window as unknown as { __kg: { sigma: PickingSigma } }).__kg;
      return sigma
        .getGraph()
        .nodes()
        .find((node) => {
          const point = sigma.framedGraphToViewport(sigma.getNodeDisplayData(node));
          return sigma.getNodeAtPosition(point) === node;
        });
    });
    if (!key) throw new Error("no node is on top at its own centre");
    const target = await nodePosition(page, key);
    const cdp = await page.context().newCDPSession(page);
    const point = { x: Math.round(target.x), y: Math.round(target.y) };
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [point] });
    await expect
      .poll(() => new URL(page.url()).searchParams.get("select"), { timeout: 5000 })
      .toBe(key);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await page.waitForTimeout(300);
    expect(new URL(page.url()).searchParams.get("focus")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("with a mouse they say shift-click", async () => {
    const { page } = await open();
    expect(
      await page
        .getByRole("region", { name: "Legend" })
        .getByRole("list", { name: "Rings" })
        .textContent(),
    ).toContain("selected (shift-click)");
  });
});
