// The Node entry points (browser mode and `npm run doc`) compiled once with esbuild to dist/node/*.cjs, so that starting
// them runs plain JavaScript instead of compiling TypeScript on every start.
//
//   node scripts/build-node.mjs              builds them now
//   node scripts/build-node.mjs run ENTRY …  rebuilds only if a file they were built from changed, then runs ENTRY
//                                            (web-main or doc) in this same process with the remaining arguments
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'node');
const record = path.join(outDir, 'built-from.json');

export const entryPoints = {
  'web-main': 'core/transport/web-main.ts',
  doc: 'scripts/doc.ts',
  // Loaded by the two above as worker threads (core/transport/unlock-early.ts, scripts/doc.ts), never run on their own.
  'unlock-worker': 'core/transport/unlock-worker.ts',
  'doc-worker': 'scripts/doc-worker.ts',
};
const runnable = ['web-main', 'doc'];

/** The project files the last build read (sources and JSON) and when it started; undefined if never built. */
function lastBuild() {
  try {
    return JSON.parse(fs.readFileSync(record, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Besides the sources: this script, and the lock files that say which packages are installed (a package's own files
 * can keep the dates they were packed with, so an upgrade shows there rather than in them).
 */
const alsoBuiltFrom = ['scripts/build-node.mjs', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json'];

/** True when a file the bundles were made from has changed since, or a bundle is missing. */
export function isStale() {
  const last = lastBuild();
  if (!last || !Array.isArray(last.inputs)) return true;
  if (Object.keys(entryPoints).some((name) => !fs.existsSync(path.join(outDir, `${name}.cjs`)))) return true;
  for (const input of [...last.inputs, ...alsoBuiltFrom]) {
    let changed;
    try {
      changed = fs.statSync(path.join(root, input)).mtimeMs;
    } catch {
      if (alsoBuiltFrom.includes(input)) continue;
      return true;
    }
    if (changed > last.startedAt) return true;
  }
  return false;
}

export async function build() {
  const startedAt = Date.now();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entryPoints).map(([name, source]) => [name, path.join(root, source)])),
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
    // The SQLite addon is native code, Electron is never loaded outside the desktop shell, and vite is only run as a program.
    external: ['better-sqlite3-multiple-ciphers', 'electron', 'vite'],
    // core/pdf/fonts.ts looks at __filename first and import.meta.url only where there is no __filename.
    logOverride: { 'empty-import-meta': 'silent' },
    plugins: [lazyBrotliDictionary],
  });
  fs.mkdirSync(outDir, { recursive: true });
  // Each file is put in place whole, so another start running at the same moment never reads half a bundle.
  for (const file of result.outputFiles) writeWhole(file.path, file.contents);
  for (const name of Object.keys(entryPoints)) fs.rmSync(path.join(outDir, `${name}.cjs.v8cache`), { force: true });
  const sources = Object.keys(result.metafile.inputs).filter((input) => !input.split(/[\\/]/).includes('node_modules'));
  writeWhole(record, `${JSON.stringify({ startedAt, inputs: sources.sort() }, null, 1)}\n`);
}

/**
 * fontkit unpacks Brotli's 120 KB dictionary as it loads (a sixth of `doc`'s start), though only WOFF2 fonts need
 * it and Crossings bundles none: unpack it on first use instead. If fontkit changes, it is bundled as it is.
 */
const lazyBrotliDictionary = {
  name: 'lazy-brotli-dictionary',
  setup(build) {
    build.onLoad({ filter: /[\\/]@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.umd\.js$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const eager = 'dictionary.init(BrotliDecompressBuffer);';
      if (source.split(eager).length !== 2) return { contents: source, loader: 'js' };
      const lazy =
        'var unpackedDictionary; Object.defineProperty(dictionary, "dictionary", { configurable: true, ' +
        'get: function () { if (!unpackedDictionary) dictionary.init(BrotliDecompressBuffer); return unpackedDictionary; }, ' +
        'set: function (value) { unpackedDictionary = value; } });';
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

function writeWhole(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

async function main() {
  const [command, entry, ...rest] = process.argv.slice(2);
  if (command === undefined) {
    await build();
    return;
  }
  if (command !== 'run' || !runnable.includes(entry)) {
    console.error(`Usage: node scripts/build-node.mjs [run ${runnable.join('|')} [arguments]]`);
    process.exit(1);
  }
  if (isStale()) await build();
  const bundle = path.join(outDir, `${entry}.cjs`);
  process.argv = [process.argv[0], bundle, ...rest];
  runWithCodeCache(bundle);
}

/**
 * Runs a bundle as Node would require it, but with V8's compiled code kept beside it (ENTRY.cjs.v8cache): compiling
 * 4 MB of JavaScript is most of a cold start, and the cache is remade whenever it is missing or no longer matches.
 */
function runWithCodeCache(bundle) {
  const cacheFile = `${bundle}.v8cache`;
  const source = fs.readFileSync(bundle, 'utf8');
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Made on the way out, so that it holds the functions this run compiled as well as the top level.
    process.once('exit', () => {
      try {
        writeWhole(cacheFile, script.createCachedData());
      } catch {
        // A read-only install still runs; it only starts a little slower.
      }
    });
  }
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
