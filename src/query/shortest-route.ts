// One shortest route between two nodes, the smallest by node keys then edge keys, so the same
// graph always explains a connection the same way. paths.ts finds the k shortest from it (Yen's
// method: block a step, search again); the PostgreSQL store walks its own PathWalker.

export interface Route {
  nodes: string[];
  edges: string[];
}

export interface Blocked {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Calls back for every edge of `node` a path may use, with the node at its other end. */
export type PathWalker = {
  canUse(node: string): boolean;
  forEachStep(node: string, blocked: Blocked, visit: (edge: string, other: string) => void): void;
};

/** What the bidirectional search learnt: the distance and each side's depths. */
interface Meeting {
  distance: number;
  fromStart: Map<string, number>;
  fromGoal: Map<string, number>;
  /** The start side's layers of nodes, by depth. */
  startLayers: string[][];
}

/**
 * The shortest route from `start` to `goal` that is smallest by node keys, then edge keys. A
 * bidirectional search finds the distance d; the nodes on some shortest route are then marked
 * backwards on the start side, and a greedy walk takes the smallest usable step each time.
 */
export function shortestRoute(
  walk: PathWalker,
  start: string,
  goal: string,
  limit: number,
  blocked: Blocked,
): Route | null {
  if (blocked.nodes.has(start) || !walk.canUse(start) || !walk.canUse(goal)) return null;
  if (start === goal) return { nodes: [start], edges: [] };
  const meeting = meet(walk, start, goal, limit, blocked);
  if (meeting === null) return null;
  const onRoute = startSideOnRoute(walk, blocked, meeting);
  return smallestRoute(walk, blocked, start, meeting, onRoute);
}

/** Grows the smaller frontier of either side until they meet; null beyond `limit` steps. */
function meet(
  walk: PathWalker,
  start: string,
  goal: string,
  limit: number,
  blocked: Blocked,
): Meeting | null {
  const fromStart = new Map([[start, 0]]);
  const fromGoal = new Map([[goal, 0]]);
  const startLayers: string[][] = [[start]];
  let goalFrontier = [goal];
  let goalDepth = 0;
  let distance = -1;
  while (distance < 0) {
    const startFrontier = startLayers[startLayers.length - 1];
    if (startFrontier.length === 0 || goalFrontier.length === 0) return null;
    // The next layer cannot meet the other side closer than this.
    if (startLayers.length + goalDepth > limit) return null;
    const expandStart = startFrontier.length <= goalFrontier.length;
    const [own, other] = expandStart ? [fromStart, fromGoal] : [fromGoal, fromStart];
    const frontier = expandStart ? startFrontier : goalFrontier;
    const depth = expandStart ? startLayers.length : goalDepth + 1;
    const next: string[] = [];
    for (const node of frontier) {
      walk.forEachStep(node, blocked, (_edge, neighbour) => {
        if (own.has(neighbour)) return;
        own.set(neighbour, depth);
        next.push(neighbour);
        const beyond = other.get(neighbour);
        if (beyond !== undefined && (distance < 0 || depth + beyond < distance)) {
          distance = depth + beyond;
        }
      });
    }
    if (expandStart) {
      startLayers.push(next);
    } else {
      goalFrontier = next;
      goalDepth = depth;
    }
  }
  return { distance, fromStart, fromGoal, startLayers };
}

/** Start-side nodes on a shortest route: the meeting layer, then backwards layer by layer. */
function startSideOnRoute(walk: PathWalker, blocked: Blocked, meeting: Meeting): Set<string> {
  const { startLayers, fromStart, fromGoal } = meeting;
  const startDepth = startLayers.length - 1;
  const onRoute = new Set(startLayers[startDepth].filter((node) => fromGoal.has(node)));
  let layer = [...onRoute];
  for (let depth = startDepth - 1; depth >= 0; depth--) {
    const previousLayer: string[] = [];
    for (const node of layer) {
      walk.forEachStep(node, blocked, (_edge, neighbour) => {
        if (fromStart.get(neighbour) === depth && !onRoute.has(neighbour)) {
          onRoute.add(neighbour);
          previousLayer.push(neighbour);
        }
      });
    }
    layer = previousLayer;
  }
  return onRoute;
}

/** The greedy walk along shortest routes, taking the smallest node (then edge) key each step. */
function smallestRoute(
  walk: PathWalker,
  blocked: Blocked,
  start: string,
  { distance, fromStart, fromGoal, startLayers }: Meeting,
  onRoute: ReadonlySet<string>,
): Route | null {
  const startDepth = startLayers.length - 1;
  const route: Route = { nodes: [start], edges: [] };
  let current = start;
  for (let step = 1; step <= distance; step++) {
    let bestNode: string | null = null;
    let bestEdge = "";
    walk.forEachStep(current, blocked, (edge, neighbour) => {
      const isOnRoute =
        step <= startDepth
          ? fromStart.get(neighbour) === step && onRoute.has(neighbour)
          : fromGoal.get(neighbour) === distance - step;
      if (!isOnRoute) return;
      if (
        bestNode === null ||
        neighbour < bestNode ||
        (neighbour === bestNode && edge < bestEdge)
      ) {
        bestNode = neighbour;
        bestEdge = edge;
      }
    });
    if (bestNode === null) return null; // unreachable: the search proved a route exists
    route.nodes.push(bestNode);
    route.edges.push(bestEdge);
    current = bestNode;
  }
  return route;
}
