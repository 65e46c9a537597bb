import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import browserMode from './renderer/vite.config.mts';

// Forge builds the renderer with browser mode's configuration, into the folder the main process serves it from.
const projectRoot = path.dirname(fileURLToPath(import.meta.url));

export default mergeConfig(browserMode, {
  build: { outDir: path.join(projectRoot, '.vite', 'renderer', 'main_window') },
});
