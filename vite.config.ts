// Vite serves and builds the explorer. The production preview sends a Content-Security-Policy
// header (a <meta> tag cannot set worker-src or be checked by tests): no inline script, workers
// from blob: for ForceAtlas2, inline styles for sigma's canvases.
import { defineConfig } from "vite";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export default defineConfig({
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1000,
  },
  worker: { format: "es" },
  preview: {
    headers: {
      "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  },
});
