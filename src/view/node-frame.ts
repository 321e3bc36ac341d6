// Framing nodes, to export them or to show a focused neighbourhood, starts from where sigma
// draws them: their centre and extent in its framed graph space, the camera's own coordinates.

export interface NodeFrame {
  /** Centre of the nodes' bounding box. */
  x: number;
  y: number;
  /** The box's larger side. */
  extent: number;
}

interface DisplayDataSource {
  getNodeDisplayData(key: string): { x: number; y: number } | undefined;
}

/** The box around the drawn nodes among `nodes`; null when none of them is drawn. */
export function nodeFrame(sigma: DisplayDataSource, nodes: Iterable<string>): NodeFrame | null {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const node of nodes) {
    const data = sigma.getNodeDisplayData(node);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (minX > maxX) return null;
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, extent: Math.max(maxX - minX, maxY - minY) };
}
