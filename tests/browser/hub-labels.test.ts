// Hovering a hub with more neighbours than MAX_FORCED_LABELS forces the labels of its most linked
// neighbours only (src/state/spotlight-labels.ts), through the renderer's partial refresh, and
// the pointer leaving takes them away again.
import { describe, expect, it } from "vitest";
import { MAX_FORCED_LABELS } from "../../src/state/derive-view.ts";
import { openAppPerTest, statusCounts } from "./app-page.ts";

const open = openAppPerTest();
const LEAVES = MAX_FORCED_LABELS + 100;

/** A hub n0 with LEAVES leaves on a circle; n1 and n2 also link to n3, so they rank first. */
function hubGraph(): Buffer {
  const nodes = Array.from({ length: LEAVES + 1 }, (_, index) => {
    const angle = (2 * Math.PI * index) / LEAVES;
    const radius = index === 0 ? 0 : 100;
    const position = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    return { key: `n${index}`, attributes: { label: `Node ${index}`, ...position, size: 4 } };
  });
  const edges = Array.from({ length: LEAVES }, (_, index) => ({
    key: `e${index + 1}`,
    source: "n0",
    target: `n${index + 1}`,
  }));
  edges.push({ key: "x1", source: "n1", target: "n3" }, { key: "x2", source: "n2", target: "n3" });
  return Buffer.from(JSON.stringify({ options: { type: "directed", multi: true }, nodes, edges }));
}

interface Kg {
  sigma: { getNodeDisplayData(key: string): { forceLabel?: boolean } | undefined };
  ctx: { derived: { setHover(key: string | null): void } };
}

describe("labels of a big hub", () => {
  it("a hover forces the labels of the hub and its most linked neighbours, not all", async () => {
    const { page } = await open();
    await page
      .getByLabel("Open graph file")
      .setInputFiles({ name: "hub.json", mimeType: "application/json", buffer: hubGraph() });
    await expect.poll(async () => (await statusCounts(page)).nodesTotal).toBe(LEAVES + 1);
    const forced = () =>
      page.evaluate((count) => {
        const kg = (window as unknown as { __kg: Kg }).__kg;
        return Array.from({ length: count }, (_, index) => `n${index}`).filter(
          (key) => kg.sigma.getNodeDisplayData(key)?.forceLabel === true,
        );
      }, LEAVES + 1);
    const hover = (key: string | null) =>
      page.evaluate((node) => {
        (window as unknown as { __kg: Kg }).__kg.ctx.derived.setHover(node);
      }, key);
    await hover("n0");
    await expect.poll(async () => (await forced()).length).toBe(MAX_FORCED_LABELS);
    const labels = await forced();
    expect(labels).toEqual(expect.arrayContaining(["n0", "n1", "n2", "n3"]));
    expect(labels).not.toContain(`n${LEAVES}`);
    await hover(null);
    await expect.poll(async () => (await forced()).length).toBe(0);
  });
});
