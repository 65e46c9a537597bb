import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerDMG } from '@electron-forge/maker-dmg';
import { MakerRpm } from '@electron-forge/maker-rpm';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { AutoUnpackNativesPlugin } from '@electron-forge/plugin-auto-unpack-natives';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Native modules the main process loads at run time. Forge's Vite plugin bundles JavaScript and leaves
 * node_modules out of the package, so these are copied in after packaging (see docs/decisions/0003).
 */
const nativeModules = ['better-sqlite3-multiple-ciphers', 'bindings', 'file-uri-to-path'];

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Crossings',
    executableName: 'crossings',
    appBundleId: 'uk.org.crossings.app',
    asar: { unpack: '**/*.node' },
  },
  rebuildConfig: { onlyModules: ['better-sqlite3-multiple-ciphers'], force: true },
  hooks: {
    packageAfterCopy: async (_forgeConfig, buildPath) => {
      for (const name of nativeModules) {
        const from = path.join(__dirname, 'node_modules', name);
        const to = path.join(buildPath, 'node_modules', name);
        await fs.promises.cp(from, to, {
          recursive: true,
          // The compiled addon and its JavaScript are needed; the C sources and build intermediates are not.
          filter: (source) => !/[\\/](deps|src|obj|obj\.target)([\\/]|$)/.test(path.relative(from, source)),
        });
      }
    },
  },
  makers: [
    new MakerSquirrel({ name: 'Crossings' }),
    new MakerZIP({}, ['darwin']),
    new MakerDMG({ format: 'ULFO' }),
    new MakerDeb({ options: { name: 'crossings', productName: 'Crossings', categories: ['Office'] } }),
    new MakerRpm({ options: { name: 'crossings', productName: 'Crossings', categories: ['Office'] } }),
  ],
  plugins: [
    new AutoUnpackNativesPlugin({}),
    new VitePlugin({
      build: [
        { entry: 'electron/main.ts', config: 'vite.main.config.mts', target: 'main' },
        { entry: 'electron/preload.ts', config: 'vite.preload.config.mts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.mts' }],
    }),
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    }),
  ],
};

export default config;
