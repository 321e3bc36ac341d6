// Builds DOM from data without ever parsing HTML: text goes in as text, so a label such as
// "<img onerror=…>" in an imported graph is shown, never run.

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attributes?: Record<string, string>;
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

/** A small square of colour next to a name; decorative, so hidden from screen readers. */
export function swatch(colour: string, shape: "disc" | "line" = "disc"): HTMLSpanElement {
  const node = element("span", {
    className: `swatch swatch-${shape}`,
    attributes: { "aria-hidden": "true" },
  });
  node.style.setProperty("--swatch-colour", colour);
  return node;
}

let nextId = 0;
/** Ids for aria-controls / aria-describedby links, unique in the page. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
