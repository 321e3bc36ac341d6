import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type AppPage, inkShare, openAppPerTest } from "./app-page.ts";

const AXE = resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js");

const open = openAppPerTest();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: AppPage["page"]): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  })) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(" "))
          .join(", ")}`,
    );
}

describe("accessibility", () => {
  it("has no serious or critical axe violation, default view", async () => {
    const app = await open("", { bypassCSP: true });
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it("has no serious or critical axe violation with a focus, suggestions and an alert", async () => {
    const app = await open("focus=china&depth=2&colour=red", { bypassCSP: true });
    await app.page.getByRole("alert").filter({ hasText: "colour" }).waitFor();
    await app.page.getByRole("combobox", { name: "Search" }).fill("secu");
    await app.page.getByRole("listbox").waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it("reaches every control with Tab, search first", async () => {
    const app = await open();
    const { page } = app;
    const visited: string[] = [];
    for (let step = 0; step < 60; step++) {
      await page.keyboard.press("Tab");
      const name = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active || active === document.body) return "";
        const labelled = active.id ? document.querySelector(`label[for="${active.id}"]`) : null;
        return (
          active.getAttribute("aria-label") ??
          labelled?.textContent ??
          active.textContent ??
          ""
        ).trim();
      });
      visited.push(name);
    }
    expect(visited[0]).toBe("Search");
    for (const control of [
      "Force layout",
      "Reset layout",
      "Layout by kind",
      "Depth",
      "threat",
      "proposed",
    ]) {
      expect(visited).toContain(control);
    }
    expect(visited.some((name) => name.startsWith("New security concept"))).toBe(true);
  });

  it("is usable at phone width: the panels move below the stage", async () => {
    const app = await open("focus=undp", { viewport: { width: 390, height: 844 } });
    const { page } = app;
    const stage = await page.locator("#stage").boundingBox();
    const details = await page.getByRole("region", { name: "Details" }).boundingBox();
    if (!stage || !details) throw new Error("stage or details not laid out");
    expect(details.y).toBeGreaterThanOrEqual(stage.y + stage.height - 1);
    expect(stage.width).toBeGreaterThan(350);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await inkShare(page, page.locator("#stage"), "phone-view.png")).toBeGreaterThan(0.01);
  });
});
