import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(__dirname, '..', '..');
const fixturesDir = path.join(projectRoot, 'tests', 'fixtures', 'layer-rules');

// The layer rules the architecture names; the config must define exactly these, each proven by the fixtures below.
const layerRules = [
  'domainImport',
  'rendererImport',
  'nodeBuiltin',
  'nodeOnlyPackage',
  'servicesTransport',
  'storePdf',
  'pdfStore',
  'electronFolder',
  'electronModule',
];

interface Case {
  rule: string;
  expect: 'breaks' | 'allowed';
  filePath: string;
  code: string;
}

/** Each `<rule>.txt` holds cases: a line `=== breaks: <path>` or `=== allowed: <path>`, then the code linted as that file. */
function readCases(): Case[] {
  return fs
    .readdirSync(fixturesDir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => {
      const rule = name.replace(/\.txt$/, '');
      const text = fs.readFileSync(path.join(fixturesDir, name), 'utf8');
      return text
        .split(/^(?==== )/m)
        .filter((chunk) => chunk.trim() !== '')
        .map((chunk) => {
          const [header = '', ...lines] = chunk.split('\n');
          const match = /^=== (breaks|allowed): (\S+)$/.exec(header.trim());
          if (!match)
            throw new Error(`${name}: a case must start "=== breaks: <path>" or "=== allowed: <path>", not "${header}"`);
          return { rule, expect: match[1] as Case['expect'], filePath: match[2] as string, code: lines.join('\n') };
        });
    });
}

const cases = readCases();
// The real config, linting each fixture as if it lived at its path in the tree.
const eslint = new ESLint({ cwd: projectRoot });

async function lint(one: Case) {
  const [result] = await eslint.lintText(one.code, { filePath: path.join(projectRoot, one.filePath) });
  return result!.messages;
}

describe('the layer rules in eslint.config.mjs', () => {
  it('define exactly the architecture’s rules, each with a breaking and an allowed fixture', async () => {
    const config = await eslint.calculateConfigForFile(path.join(projectRoot, 'domain', 'api.ts'));
    expect(config.rules['crossings/layers']).toEqual([2]);
    expect(Object.keys(config.plugins.crossings.rules.layers.meta.messages).sort()).toEqual([...layerRules].sort());
    for (const rule of layerRules) {
      expect(
        cases.filter((one) => one.rule === rule && one.expect === 'breaks').length,
        `${rule} breaking fixtures`,
      ).toBeGreaterThan(0);
      expect(
        cases.filter((one) => one.rule === rule && one.expect === 'allowed').length,
        `${rule} allowed fixtures`,
      ).toBeGreaterThan(0);
    }
    expect(cases.filter((one) => !layerRules.includes(one.rule))).toEqual([]);
  });

  it('judge a file by where it lives, not by the folder ESLint was started in', async () => {
    const fromDomain = new ESLint({ cwd: path.join(projectRoot, 'domain') });
    const [result] = await fromDomain.lintText("import '../../core/store/store';\n", {
      filePath: path.join(projectRoot, 'domain', 'imaaf', 'indicators.ts'),
    });
    expect(result!.messages.map((message) => message.messageId)).toEqual(['domainImport']);
  });

  it.each(
    cases
      .filter((one) => one.expect === 'breaks')
      .map((one) => [one.rule, one.filePath, one.code.trim().replace(/\n+/g, ' ⏎ '), one] as const),
  )('%s: %s fails on «%s»', async (rule, _filePath, _code, one) => {
    const messages = await lint(one);
    expect(messages.filter((message) => message.ruleId === 'crossings/layers').map((message) => message.messageId)).toEqual([
      rule,
    ]);
    expect(messages.filter((message) => message.fatal)).toEqual([]);
  });

  it.each(
    cases
      .filter((one) => one.expect === 'allowed')
      .map((one) => [one.rule, one.filePath, one.code.trim().replace(/\n+/g, ' ⏎ '), one] as const),
  )('%s: %s passes «%s»', async (_rule, _filePath, _code, one) => {
    expect(await lint(one)).toEqual([]);
  });
});
