// A label's printed width depends only on its text and its font, yet sigma's label pass (through
// label-drawer.ts) measured it with `measureText` on every frame, for every label printed: a
// share of each camera frame at 100k nodes. This remembers widths per font and text. Pure: the
// canvas that measures is handed in.

/** Past this many texts of one font, the widths are forgotten and measured again as needed. */
const MAX_TEXTS = 20_000;

/** What measures text: a canvas 2D context. */
export interface TextMeasurer {
  font: string;
  measureText(text: string): { width: number };
}

export interface LabelWidths {
  /** The width of `text` in `font`, measured once (in that font) by `measurer`. */
  width(font: string, text: string, measurer: TextMeasurer): number;
}

export function createLabelWidths(maxTexts = MAX_TEXTS): LabelWidths {
  const byFont = new Map<string, Map<string, number>>();
  return {
    width(font, text, measurer) {
      let widths = byFont.get(font);
      if (!widths) {
        widths = new Map();
        byFont.set(font, widths);
      }
      let width = widths.get(text);
      if (width === undefined) {
        if (widths.size >= maxTexts) widths.clear();
        measurer.font = font;
        width = measurer.measureText(text).width;
        widths.set(text, width);
      }
      return width;
    },
  };
}
