/**
 * The committed schema dump (core/store/schema.sql) and the additive-only rule for migrations:
 *
 *   npm run schema:dump    writes the dump from the migrations (run it after adding a migration, and commit the file)
 *   npm run schema:check   fails if the dump is not what the migrations build, or if a migration drops or renames a
 *                          table or column that is not a reviewed exception (core/store/migrations/destructive-exceptions.ts)
 *
 * Directly: node --import tsx scripts/schema.ts --write|--check [FILE], where FILE defaults to core/store/schema.sql.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { latestSchemaVersion, migrations } from '../core/store/migrations';
import { destructiveExceptions } from '../core/store/migrations/destructive-exceptions';
import { additiveProblems, checkAdditive, dumpAfter, schemaCheckProblems } from '../core/store/schema-guard';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const usage = 'Usage: node --import tsx scripts/schema.ts --write|--check [FILE]   (FILE defaults to core/store/schema.sql)';

function main(): number {
  const { values, positionals } = parseArgs({
    options: { write: { type: 'boolean' }, check: { type: 'boolean' }, help: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (Boolean(values.write) === Boolean(values.check) || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  const file = path.resolve(positionals[0] ?? path.join(root, 'core', 'store', 'schema.sql'));
  const shown = path.relative(process.cwd(), file) || file;

  if (values.write) {
    writeFileSync(file, dumpAfter(migrations));
    console.log(`Wrote ${shown} (schema version ${latestSchemaVersion}).`);
    // Written either way, but a destructive migration is said at once rather than first in CI.
    const problems = additiveProblems(checkAdditive(migrations, destructiveExceptions));
    for (const problem of problems) console.error(problem);
    return problems.length > 0 ? 1 : 0;
  }

  const committed = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const problems = schemaCheckProblems(committed, shown, migrations, destructiveExceptions);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) return 1;
  console.log(`${shown} matches the migrations, and every migration only adds.`);
  return 0;
}

process.exitCode = main();
