// The toolbar's file tools: Open (and drop), Built-in graph, Export, Copy link, and one polite
// status that says what they did. Mounted once by main.ts; each tool lives in its own module.
import type { Dataset } from "../state/dataset.ts";
import type { AppContext } from "./app-context.ts";
import { createCopyLink } from "./copy-link.ts";
import { element } from "./dom.ts";
import { createExportTools } from "./export-panel.ts";
import "./file-tools.css";
import { createOpenTools } from "./open-panel.ts";
import { enableSelectionBox } from "./selection-box.ts";

export interface FileToolsOptions {
  /** A fresh copy of the graph the app ships with, for "Built-in graph". */
  builtInDataset(): Dataset;
  /** Where the tools' notes show: over the bottom of the stage, clear of the header and alerts. */
  notices: HTMLElement;
}

/** Status messages stay this long; the next one replaces them sooner. */
const STATUS_MS = 10_000;

export function mountFileTools(
  ctx: AppContext,
  container: HTMLElement,
  options: FileToolsOptions,
): () => void {
  const status = element("p", { className: "file-status", attributes: { role: "status" } });
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  const say = (message: string) => {
    clearTimeout(clearTimer);
    status.textContent = message;
    clearTimer = setTimeout(() => {
      status.textContent = "";
    }, STATUS_MS);
  };

  const tools = [
    createOpenTools(ctx, { builtInDataset: options.builtInDataset, say }),
    createExportTools(ctx, { say }),
    createCopyLink({ say, canLinkGraph: () => ctx.dataset.get().isBuiltIn }),
  ];
  const disableBox = enableSelectionBox(ctx, { say });
  container.setAttribute("role", "group");
  container.setAttribute("aria-label", "File");
  container.replaceChildren(...tools.map((tool) => tool.element));
  options.notices.replaceChildren(status);
  return () => {
    clearTimeout(clearTimer);
    disableBox();
    for (const tool of tools) tool.destroy();
    container.replaceChildren();
    options.notices.replaceChildren();
  };
}
