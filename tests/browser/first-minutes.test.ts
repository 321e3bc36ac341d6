// The first five minutes on the built-in graph, as a newcomer meets them: each point of issue 11
// that is about the explorer's behaviour rather than about opening files.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openAppPerTest } from "./app-page.ts";

const open = openAppPerTest();

/** Whether the element's top is inside the viewport (scrolled into view). */
async function isInView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((query) => {
    const box = document.querySelector(query)?.getBoundingClientRect();
    return box !== undefined && box.top >= -1 && box.top < window.innerHeight - 40;
  }, selector);
}

describe("phone width (390 px)", () => {
  it("focusing a node brings Details into view; opening Source brings the document", async () => {
    const { page } = await open("", { viewport: { width: 390, height: 844 } });
    expect(await isInView(page, "#details")).toBe(false);
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("UNDP");
    await search.press("Enter");
    await expect.poll(() => isInView(page, "#details")).toBe(true);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole("button", { name: "Source" }).click();
    await expect.poll(() => isInView(page, "#reading")).toBe(true);
  });
});
