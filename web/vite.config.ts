import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * The staff web app: built into web/dist, which the Fastify server serves from its own
 * origin (src/http/web-app.ts). No plugin is needed: Vite's own transform compiles TSX
 * with React's automatic runtime. The index page has no inline script (the CSP forbids
 * it): Vite emits the entry as /assets/index-<hash>.js.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  oxc: { jsx: { runtime: "automatic", importSource: "react" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // No inline data: URLs for scripts or fonts; everything is a file of this origin.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
  server: { proxy: { "/api": "http://127.0.0.1:3000", "/auth": "http://127.0.0.1:3000" } },
});
