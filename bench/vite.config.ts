// Builds the benchmark pages (bench/page/*.html) into bench/dist, apart from the app's own build,
// so the explorer's bundle never carries benchmark code. The pages import the app's modules.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const page = (name: string) => fileURLToPath(new URL(`./page/${name}.html`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL("./page", import.meta.url)),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: {
        ours: page("ours"),
        cytoscape: page("cytoscape"),
        "baseline-defaults": page("baseline-defaults"),
      },
    },
  },
  worker: { format: "es" },
});
