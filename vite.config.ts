// Vite serves and builds the explorer. The production preview sends the Content-Security-Policy
// header of src/server/security-headers.ts (a <meta> tag cannot set worker-src or be checked by
// tests), the same `kg serve` sends.
import type { ServerResponse } from "node:http";
import { defineConfig, type Plugin } from "vite";

/**
 * `npm start` and `npm run preview` hold no graph server: their /api/ answers 204 (no content), so
 * the page's check for `kg serve` (GET /api/info) finds none without a 404 in the console.
 */
const answerNoContent = (_request: unknown, response: ServerResponse) => {
  response.statusCode = 204;
  response.end();
};
const noGraphApi: Plugin = {
  name: "no-graph-api",
  configureServer: (server) => void server.middlewares.use("/api/", answerNoContent),
  configurePreviewServer: (server) => void server.middlewares.use("/api/", answerNoContent),
};

import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./src/server/security-headers.ts";

export { CONTENT_SECURITY_POLICY };

export default defineConfig({
  plugins: [noGraphApi],
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1000,
  },
  worker: { format: "es" },
  preview: {
    headers: SECURITY_HEADERS,
  },
});
