import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const rendererRoot = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(rendererRoot, '..');

/** One renderer build for both the Electron shell (via Forge) and browser mode. */
export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(projectRoot, 'dist', 'renderer'),
    emptyOutDir: true,
    // Nothing inline: the Content-Security-Policy allows scripts and styles from the app's own files only.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
  css: {
    // GOV.UK Frontend 6's compiled Sass has one media query lightningcss cannot parse; keep the rule and carry on.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      scss: {
        // MOJ Frontend loads GOV.UK Frontend as "node_modules/govuk-frontend/…", from the project's own folder.
        loadPaths: [path.join(projectRoot, 'node_modules'), projectRoot],
        quietDeps: true,
      },
    },
  },
});
