// An edge backed by two documents (the test fixture tests/fixtures/two-documents, not the
// built-in graph): Details shows both quotes, each with its document, and each document opens in
// the Source pane with that quote's sentence marked.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readCurated } from "../../src/cli/read-curated.ts";
import { type AppPage, openAppPerTest } from "./app-page.ts";

const open = openAppPerTest();

type Page = AppPage["page"];
const details = (page: Page) => page.getByRole("region", { name: "Details" });
const source = (page: Page) => page.getByRole("region", { name: "Source" });

const FIXTURE = fileURLToPath(
  new URL("../fixtures/two-documents/two-documents.kg.json", import.meta.url),
);
const EDGE = "china~proposed~new-security-concept";
const ESSAY_TITLE =
  "New Outlook on Security Featuring Mutual Trust and Reciprocity, Based on Equality and Cooperation";
const NOTE_TITLE = "Briefing note (test fixture)";
const ESSAY_QUOTE =
  "In March 1997, China formally proposed the new security concept at the ASEAN Regional Forum meeting.";
const NOTE_QUOTE = "China put forward its new security concept at a regional forum in 1997.";

interface KgHandle {
  ctx: {
    dataset: {
      get(): { graph: { constructor: unknown } };
      update(producer: (dataset: object) => object): void;
    };
    view: { update(producer: (view: object) => object): void };
  };
}

/** Opens the app, swaps in the fixture (built and validated in Node) and selects the edge. */
async function openFixture(): Promise<AppPage> {
  const loaded = readCurated(FIXTURE);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const app = await open();
  await app.page.evaluate(
    ({ serialised, sourceTexts, edge }) => {
      const { ctx } = (window as unknown as { __kg: KgHandle }).__kg;
      const Graph = ctx.dataset.get().graph.constructor as new () => {
        import(data: unknown): unknown;
      };
      const graph = new Graph();
      graph.import(serialised);
      ctx.dataset.update(() => ({ graph, sourceTexts, name: "two-documents", isBuiltIn: false }));
      ctx.view.update((view) => ({ ...view, selectedEdge: edge }));
    },
    { serialised: loaded.graph.export(), sourceTexts: loaded.sourceTexts, edge: EDGE },
  );
  return app;
}

/** The marked (related) sentences of the Source pane, and the document it shows. */
const shownInSource = (page: Page) =>
  page.evaluate(() => ({
    document: document.querySelector<HTMLSelectElement>("#reading-document")?.value ?? null,
    related: [...document.querySelectorAll("#reading .sentence.is-related")].map(
      (span) => span.textContent,
    ),
  }));

describe("an edge backed by two documents", () => {
  it("Details shows both quotes, each with its document; each opens with its sentence marked", async () => {
    const { page, errors } = await openFixture();
    const quotes = details(page).locator("blockquote.evidence");
    await expect.poll(() => quotes.count()).toBe(2);
    expect(await quotes.nth(0).locator("p").textContent()).toBe(`“${ESSAY_QUOTE}”`);
    expect(await quotes.nth(0).locator(".evidence-source").textContent()).toBe(`— ${ESSAY_TITLE}`);
    expect(await quotes.nth(1).locator("p").textContent()).toBe(`“${NOTE_QUOTE}”`);
    expect(await quotes.nth(1).locator(".evidence-source").textContent()).toBe(`— ${NOTE_TITLE}`);

    await quotes.nth(1).getByRole("button", { name: NOTE_TITLE }).click();
    await expect.poll(() => source(page).isVisible()).toBe(true);
    await expect
      .poll(() => shownInSource(page))
      .toEqual({ document: "briefing-note", related: [NOTE_QUOTE] });
    expect(new URL(page.url()).searchParams.get("doc")).toBe("briefing-note");

    await quotes.nth(0).getByRole("button", { name: ESSAY_TITLE }).click();
    await expect
      .poll(() => shownInSource(page))
      .toEqual({ document: "new-security-concept", related: [ESSAY_QUOTE] });
    expect(errors).toEqual([]);
  });
});
