import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(__dirname, '../..');
const MAX_LINES = 500;

/** Pure data may run long; each entry says what it holds. Code never goes here: split it along its seams instead. */
const pureDataAllowList: Record<string, string> = {
  'domain/imaaf/framework/imaaf-reconstruction.ts': 'the IMAAF framework: its sections, items and sources as plain data',
};

/** Tracked source files and new ones not yet committed (ignored files such as node_modules/ are left out). */
function sourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  const files = listed
    .split('\0')
    .filter((file) => /\.(ts|tsx|mts|mjs)$/.test(file) && !file.split('/').includes('node_modules'))
    .filter((file) => existsSync(path.join(projectRoot, file)));
  return [...new Set(files)].sort();
}

/** Counted as `wc -l` counts them, plus a last line with no newline after it. */
function lineCount(file: string): number {
  const text = readFileSync(path.join(projectRoot, file), 'utf8');
  if (text === '') return 0;
  const newlines = text.split('\n').length - 1;
  return text.endsWith('\n') ? newlines : newlines + 1;
}

describe('source file size', () => {
  const files = sourceFiles();

  it('finds the source files to measure', () => {
    expect(files).toContain('domain/pictures/journey-map.ts');
    expect(files).toContain('tests/unit/file-size.test.ts');
    expect(files.some((file) => file.startsWith('node_modules/'))).toBe(false);
  });

  it(`keeps every source file at ${MAX_LINES} lines or fewer, except pure data`, () => {
    const tooLong = files
      .map((file) => ({ file, lines: lineCount(file) }))
      .filter(({ file, lines }) => lines > MAX_LINES && !(file in pureDataAllowList))
      .map(({ file, lines }) => `${file} (${lines} lines)`);
    expect(tooLong).toEqual([]);
  });

  it('allows only files that exist and hold no code', () => {
    for (const file of Object.keys(pureDataAllowList)) {
      expect(files, `${file} is allowed to run long but is not in the repository`).toContain(file);
      const text = readFileSync(path.join(projectRoot, file), 'utf8');
      expect(/\bfunction\b|=>|\bclass\s/.test(text), `${file} is allowed to run long as pure data but holds code`).toBe(false);
    }
  });
});
