// Vite serves and builds the explorer. The production preview sends the Content-Security-Policy
// header of src/server/security-headers.ts (a <meta> tag cannot set worker-src or be checked by
// tests), the same `kg serve` sends.
import { defineConfig } from "vite";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./src/server/security-headers.ts";

export { CONTENT_SECURITY_POLICY };

export default defineConfig({
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1000,
  },
  worker: { format: "es" },
  preview: {
    headers: SECURITY_HEADERS,
  },
});
