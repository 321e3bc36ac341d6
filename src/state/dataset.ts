// The graph being explored and the texts its evidence quotes. Replaced whole when the user
// opens another graph (a failed import never touches it), so panels subscribe to it too.
import type { KnowledgeGraph } from "../model/types.ts";

export interface Dataset {
  graph: KnowledgeGraph;
  /** Source texts by source id (graph attribute `sources` lists their titles). */
  sourceTexts: Record<string, string>;
  /** Short name for file names and the title bar: "new-security-concept", "les-miserables". */
  name: string;
  isBuiltIn: boolean;
  /** Served by `kg serve`: its kinds are the server's (the legend's filters run there). */
  isRemote?: boolean;
  /**
   * The graph drawn before, with more loaded into it (remote mode's focus, Expand, Load more):
   * the renderer keeps the camera and where each drawn node sits on screen.
   */
  grows?: boolean;
}
