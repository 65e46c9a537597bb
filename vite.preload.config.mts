import { defineConfig } from 'vite';

// The preload runs sandboxed: everything it needs is bundled into one file, and it may require only 'electron'.
export default defineConfig({
  build: {
    rollupOptions: {
      external: ['electron'],
      output: { inlineDynamicImports: true },
    },
  },
});
