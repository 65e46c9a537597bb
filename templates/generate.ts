/**
 * Builds Crossings' own fillable templates and their mapping files:
 *   npx tsx templates/generate.ts
 * Output is deterministic (fixed dates, fixed font subset names), so regenerating gives identical bytes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildTemplate } from './generator/build-template';
import { referral } from './generator/children-services-referral';
import { ictg } from './generator/ictg-referral-summary';
import { nrmPack } from './generator/nrm-preparation-pack';

const TEMPLATES_FOLDER = path.resolve(process.cwd(), 'templates');

async function main(): Promise<void> {
  for (const spec of [referral, nrmPack, ictg]) {
    const { bytes, mapping } = await buildTemplate(spec);
    writeFileSync(path.join(TEMPLATES_FOLDER, spec.file), bytes);
    writeFileSync(path.join(TEMPLATES_FOLDER, spec.file.replace(/\.pdf$/, '.mapping.json')), `${JSON.stringify(mapping, null, 2)}\n`);
    console.log(`${spec.file}: ${Object.keys(mapping.fields).length} fields, ${bytes.length.toLocaleString('en-GB')} bytes`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
