import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..', '..', 'renderer');
const componentsDir = path.join(root, 'components');
const pagesDir = path.join(root, 'pages');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const components = sourceFiles(componentsDir);

describe('renderer/components', () => {
  it('holds the building blocks the pages use', () => {
    const names = components.map((file) => path.basename(file));
    for (const name of ['FormGroup.tsx', 'DraftSectionForm.tsx', 'SummaryList.tsx', 'Table.tsx']) expect(names).toContain(name);
  });

  it('never imports from renderer/pages', () => {
    const offenders: string[] = [];
    for (const file of components) {
      const source = fs.readFileSync(file, 'utf8');
      for (const [, specifier] of source.matchAll(/\bfrom\s+'([^']+)'/g)) {
        if (!specifier!.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), specifier!);
        if (target === pagesDir || target.startsWith(`${pagesDir}${path.sep}`)) offenders.push(`${path.relative(root, file)} imports ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('names each file, and each page file, after something it exports', () => {
    const misnamed: string[] = [];
    for (const file of [...components, ...sourceFiles(pagesDir)]) {
      const base = path.basename(file).replace(/\.tsx?$/, '');
      if (base === 'index') continue;
      const source = fs.readFileSync(file, 'utf8');
      const exported = [...source.matchAll(/^export\s+(?:const|function|interface|type|class)\s+(\w+)/gm)].map((match) => match[1]);
      if (!exported.includes(base) && !exported.some((name) => name!.toLowerCase().startsWith(base.toLowerCase()))) {
        misnamed.push(`${path.relative(root, file)} exports ${exported.join(', ')}`);
      }
    }
    expect(misnamed).toEqual([]);
  });
});
