// The contents of the files an export saves, from the cut graph: the drawn colours and sizes
// written onto it (so Gephi shows what the screen showed), then the format's writer. Loaded by the
// export panel when a file is saved, so the writers stay out of the page's first bundle.

import type { DrawnAppearance } from "../appearance/index.ts";
import { writeAppearance } from "../appearance/write-appearance.ts";
import {
  EXPORT_FILE_TYPES,
  renderSvg,
  type SvgScene,
  serialise,
  serialiseCsv,
} from "../formats/index.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import type { FileFormat } from "./export-choices.ts";
import type { Palette } from "./palette.ts";

export interface ExportFile {
  name: string;
  text: string;
  mime: string;
}

/** Formats written as text from the graph itself (not a picture of the screen). */
export type TextFormat = Exclude<FileFormat, "png" | "svg">;

/**
 * The files a text format saves, named by `names` (two for CSV). Writes the appearance onto
 * `exported`, which must be a copy (exportSubgraph's cut), never the shown graph.
 */
export function textExportFiles(
  exported: KnowledgeGraph,
  format: TextFormat,
  names: readonly string[],
  look: { appearance: DrawnAppearance; palette: Palette },
): ExportFile[] {
  const { palette } = look;
  writeAppearance(exported, look.appearance, {
    kindColour: (kind) => palette.kinds.get(kind) ?? "#999999",
    relationColour: (relation) => palette.relations.get(relation) ?? "#999999",
  });
  if (format === "csv") {
    const tables = serialiseCsv(exported);
    const { mime } = EXPORT_FILE_TYPES.csv;
    return [
      { name: names[0], text: tables.nodes, mime },
      { name: names[1], text: tables.edges, mime },
    ];
  }
  return [
    { name: names[0], text: serialise(exported, format), mime: EXPORT_FILE_TYPES[format].mime },
  ];
}

/** The SVG file of a scene laid out by the view (view/svg-scene.ts). */
export function svgExportFile(name: string, scene: SvgScene): ExportFile {
  return { name, text: renderSvg(scene), mime: EXPORT_FILE_TYPES.svg.mime };
}
