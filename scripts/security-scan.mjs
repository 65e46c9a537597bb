/**
 * `npm run security:scan`: Electronegativity (Doyensec) over the project's own source, offline.
 *
 * Fails when it finds anything above LOW severity that is not a written-up exception in
 * docs/decisions/0006-electronegativity-exceptions.md (matched below by check and file, so moving a line does not
 * reopen an accepted finding, but a new file or a new kind of finding does), or when a file could not be parsed.
 *
 * Electronegativity 1.10.3 is run through its programmatic API: its command line reads options the way the
 * `commander` it expects did, and the `commander` installed here is newer. It would also fetch translations and
 * Electron's release list from the internet at run time; both are refused here (the release check is skipped, and
 * its HTTP client is replaced by one that fails at once), so the scan never touches the network.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Accepted findings: [check id, file relative to the project]. Each is justified in decision record 0006. */
const exceptions = [
  ['CSP_GLOBAL_CHECK', 'N/A'],
  ['CONTEXT_ISOLATION_JS_CHECK', 'electron/window.ts'],
  ['SANDBOX_JS_CHECK', 'electron/window.ts'],
  ['AUXCLICK_JS_CHECK', 'electron/window.ts'],
  ['AUXCLICK_JS_CHECK', 'electron/desktop-bridge.ts'],
  ['OPEN_EXTERNAL_JS_CHECK', 'electron/window.ts'],
];

function loadRunner() {
  let entry;
  try {
    entry = require.resolve('@doyensec/electronegativity', { paths: [projectRoot] });
  } catch {
    console.error(
      'Electronegativity is not installed, so the scan cannot run. Install it with\n' +
        '  npm install --save-dev --save-exact @doyensec/electronegativity@1.10.3\n' +
        'See docs/decisions/0006-electronegativity-exceptions.md.',
    );
    process.exit(2);
  }
  // Its HTTP client, replaced before anything loads it: every request fails at once, nothing leaves the machine.
  const gotPath = require.resolve('got', { paths: [path.dirname(entry)] });
  const offline = () => Promise.reject(new Error('network access is disabled for the security scan'));
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline, get: offline }) };
  return require(entry);
}

async function main() {
  const run = loadRunner();
  const electronVersion = require(path.join(projectRoot, 'package.json')).devDependencies.electron;
  const { errors, issues } = await run(
    {
      input: projectRoot,
      customScan: [],
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );

  const relative = (file) => (file === 'N/A' ? file : path.relative(projectRoot, path.resolve(projectRoot, file)).split(path.sep).join('/'));
  const visible = issues.filter((issue) => !issue.visibility || (!issue.visibility.inlineDisabled && !issue.visibility.globalCheckDisabled));
  const aboveLow = visible.filter((issue) => issue.severity.value > 1);
  const accepted = aboveLow.filter((issue) => exceptions.some(([id, file]) => issue.id === id && relative(issue.file) === file));
  const open = aboveLow.filter((issue) => !accepted.includes(issue));
  const describe = (issue) =>
    `${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id.padEnd(30)} ${relative(issue.file)}:${issue.location.line}`;

  console.log(`Electronegativity scanned ${projectRoot} for Electron ${electronVersion}.`);
  for (const issue of visible.filter((item) => item.severity.value <= 1)) console.log(`  note      ${describe(issue)}`);
  for (const issue of accepted) console.log(`  accepted  ${describe(issue)}  (docs/decisions/0006-electronegativity-exceptions.md)`);
  for (const issue of open) console.log(`  FINDING   ${describe(issue)}`);
  for (const error of errors) console.log(`  UNREAD    ${relative(error.file)}: ${String(error.message ?? error.error ?? error).split('\n')[0]}`);

  const stale = exceptions.filter(([id, file]) => !aboveLow.some((issue) => issue.id === id && relative(issue.file) === file));
  for (const [id, file] of stale) console.log(`  (exception no longer needed: ${id} in ${file}; remove it from the script and the decision record)`);

  if (open.length > 0 || errors.length > 0) {
    console.error(`\n${open.length} finding(s) above LOW without a written-up exception, ${errors.length} file(s) not read.`);
    process.exit(1);
  }
  console.log(`\nNo finding above LOW outside the ${accepted.length} accepted exception(s).`);
}

main().catch((error) => {
  console.error('The security scan could not run:', error);
  process.exit(2);
});
