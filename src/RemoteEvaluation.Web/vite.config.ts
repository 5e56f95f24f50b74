import { defineConfig } from "vitest/config";

// `npm run dev` serves the app on :5173 and forwards the API and hubs to `dotnet run` on :5080.
const server = "http://localhost:5080";

export default defineConfig({
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
