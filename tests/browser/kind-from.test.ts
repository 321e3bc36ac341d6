// "Kind from" (issue 11): the user picks which node attribute is the kind; the Legend's kinds and
// filters follow, the choice is in the URL and a link brings it back, and the guess is the default.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fixturePath } from "../fixture-path.ts";
import { openAppPerTest, statusCounts } from "./app-page.ts";

const open = openAppPerTest();

const legendKinds = (page: Page) =>
  page
    .getByRole("region", { name: "Legend" })
    .getByRole("group", { name: "Node kinds" })
    .locator(".legend-name")
    .allTextContents();

describe("kind from", () => {
  it("reads kinds from another attribute; the Legend filters by them; a link brings it back", async () => {
    const { page, errors } = await open();
    const panel = page.getByRole("region", { name: "Appearance" });
    const kindFrom = panel.getByLabel("Kind from");
    expect(await kindFrom.inputValue()).toBe("nodeKind");
    expect(await legendKinds(page)).toEqual(["actor", "document", "principle", "threat"]);

    await kindFrom.focus();
    await kindFrom.selectOption("date");
    await expect.poll(() => legendKinds(page)).toContain("1997-03");
    const kinds = await legendKinds(page);
    expect(kinds).toContain("node");
    expect(kinds).not.toContain("actor");
    expect(new URL(page.url()).searchParams.get("kindFrom")).toBe("date");
    // The keyboard stays on the control just used.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("appearance-kind");

    // Hiding the undated ("node") leaves the dated nodes only.
    const before = await statusCounts(page);
    await page
      .getByRole("region", { name: "Legend" })
      .getByRole("checkbox", { name: "node", exact: true })
      .uncheck();
    await expect
      .poll(async () => (await statusCounts(page)).nodesShown)
      .toBeLessThan(before.nodesShown);
    const shown = (await statusCounts(page)).nodesShown;
    expect(shown).toBeGreaterThan(0);
    const url = new URL(page.url());
    expect(url.searchParams.get("hideKinds")).toBe("node");

    // The link opens the same view.
    const again = await open(url.search.slice(1));
    await expect.poll(async () => (await statusCounts(again.page)).nodesShown).toBe(shown);
    expect(
      await again.page
        .getByRole("region", { name: "Appearance" })
        .getByLabel("Kind from")
        .inputValue(),
    ).toBe("date");
    expect(again.errors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("a Gephi file shows the guessed attribute as the default", async () => {
    const { page } = await open();
    await page.getByLabel("Open graph file").setInputFiles(fixturePath("les-miserables.gexf"));
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(77);
    const kindFrom = page.getByRole("region", { name: "Appearance" }).getByLabel("Kind from");
    expect(await kindFrom.inputValue()).toBe("modularity_class");
    expect(await kindFrom.locator("option:checked").textContent()).toBe(
      "modularity_class (guessed on import)",
    );
    await kindFrom.selectOption("nodeKind");
    expect(new URL(page.url()).searchParams.get("kindFrom")).toBe("nodeKind");
  });
});
