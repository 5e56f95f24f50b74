import { cpSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, type Plugin } from "vitest/config";

// `npm run dev` serves the app on :5173 and forwards the API and hubs to `dotnet run` on :5080.
const server = "http://localhost:5080";

/** pdf.js needs its character maps (CJK fonts that are not embedded) and standard fonts at run time, as plain files. */
function pdfjsResources(): Plugin {
  return {
    name: "pdfjs-resources",
    apply: "build",
    closeBundle() {
      for (const folder of ["cmaps", "standard_fonts"]) {
        cpSync(resolve("node_modules/pdfjs-dist", folder), resolve("dist/pdfjs", folder), { recursive: true });
      }
    },
  };
}

export default defineConfig({
  plugins: [pdfjsResources()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // pdf.js uses top-level await and other ES2022 features.
    target: "es2022",
    chunkSizeWarningLimit: 2048,
  },
  server: {
    proxy: {
      "/api": server,
      "/hubs": { target: server, ws: true },
      "/health": server,
    },
  },
  test: {
    include: ["src/**/*.test.ts"],
  },
});
