// The SVG export is a picture of the screen: nodes, arrows and labels where sigma drew them.
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { renderSvg, type SvgScene } from "../../src/formats/index.ts";

function scene(overrides: Partial<SvgScene> = {}): SvgScene {
  return {
    width: 200,
    height: 100,
    background: "#ffffff",
    nodes: [
      {
        key: "a",
        x: 0,
        y: 50,
        size: 5,
        color: "#1f77b4",
        label: "China & <ARF>",
        labelVisible: true,
      },
      {
        key: "b",
        x: 100,
        y: 50,
        size: 10,
        color: "#ff7f0e",
        borderColor: "#000",
        label: "Hidden",
        labelVisible: false,
      },
      { key: "c", x: 100, y: 0, size: 4, color: "#2ca02c", label: "“Quoted”", labelVisible: true },
    ],
    edges: [
      { key: "a~proposed~b", source: "a", target: "b", color: "#999", size: 1, label: "proposed" },
      { key: "a~cites~c", source: "a", target: "c", color: "#999", size: 2 },
      { key: "b~addresses~c", source: "b", target: "c", color: "#d62728", size: 1 },
    ],
    ...overrides,
  };
}

function parse(svg: string): Document {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => errors.push(`${level}: ${message}`),
  }).parseFromString(svg, "image/svg+xml") as unknown as Document;
  expect(errors).toEqual([]);
  return document;
}

describe("renderSvg", () => {
  it("is a standalone, well-formed SVG document of the given size", () => {
    const svg = renderSvg(scene({ title: "Neighbourhood of China" }));
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">',
      ),
    ).toBe(true);
    const document = parse(svg);
    expect(document.getElementsByTagName("title")[0].textContent).toBe("Neighbourhood of China");
    expect(document.getElementsByTagName("rect")[0].getAttribute("fill")).toBe("#ffffff");
  });

  it("draws one circle per node with its colour, and a border where asked", () => {
    const circles = Array.from(parse(renderSvg(scene())).getElementsByTagName("circle"));
    expect(
      circles.map((circle) => [
        circle.getAttribute("data-key"),
        circle.getAttribute("fill"),
        circle.getAttribute("r"),
      ]),
    ).toEqual([
      ["a", "#1f77b4", "5"],
      ["b", "#ff7f0e", "10"],
      ["c", "#2ca02c", "4"],
    ]);
    expect(circles[1].getAttribute("stroke")).toBe("#000");
    expect(circles[0].hasAttribute("stroke")).toBe(false);
  });

  it("gives each edge colour one arrow marker, and ends each arrow at the target's border", () => {
    const document = parse(renderSvg(scene()));
    const markers = Array.from(document.getElementsByTagName("marker"));
    expect(
      markers.map((marker) => marker.getElementsByTagName("path")[0].getAttribute("fill")),
    ).toEqual(["#999", "#d62728"]);
    const paths = Array.from(document.getElementsByTagName("path")).filter((path) =>
      path.hasAttribute("data-key"),
    );
    expect(paths.map((path) => path.getAttribute("marker-end"))).toEqual([
      "url(#arrow-0)",
      "url(#arrow-0)",
      "url(#arrow-1)",
    ]);
    // From a's border (radius 5) to b's border (radius 10) along y = 50.
    expect(paths[0].getAttribute("d")).toBe("M5,50L90,50");
  });

  it("escapes labels and shows only the visible ones; edge labels sit on their edge", () => {
    const svg = renderSvg(scene());
    expect(svg).toContain(">China &amp; &lt;ARF&gt;</text>");
    expect(svg).toContain(">“Quoted”</text>");
    expect(svg).not.toContain("Hidden");
    const edgeLabel = Array.from(parse(svg).getElementsByTagName("text")).find(
      (text) => text.textContent === "proposed",
    );
    expect(edgeLabel?.getAttribute("x")).toBe("47.5");
  });

  it("draws self-loops and curved parallel edges, and skips edges whose nodes are not drawn", () => {
    const svg = renderSvg(
      scene({
        edges: [
          { key: "loop", source: "a", target: "a", color: "#999", size: 1 },
          { key: "curved", source: "a", target: "b", color: "#999", size: 1, curvature: 0.25 },
          { key: "dangling", source: "a", target: "gone", color: "#999", size: 1 },
        ],
      }),
    );
    expect(svg).toMatch(/data-key="loop" d="M[^"]*C/);
    expect(svg).toMatch(/data-key="curved" d="M[^"]*Q/);
    expect(svg).not.toContain("dangling");
  });

  it("keeps attribute values from breaking out of their quotes", () => {
    const svg = renderSvg(scene({ background: '"><script>alert(1)</script>' }));
    expect(svg).not.toContain("<script>");
    parse(svg);
  });
});
