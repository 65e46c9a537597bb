/**
 * Matching withheld words in free text however they were typed: in any case, with or without accents, in Unicode
 * compatibility forms (full-width letters, ligatures), with invisible format characters inside them (soft hyphen,
 * zero-width space and joiners, word joiner) and with Cyrillic or Greek letters that look like Latin ones.
 *
 * Text is folded one character at a time and each folded character remembers where it came from, so a match found
 * in the folded text replaces exactly the original characters it covers, invisible ones included.
 */

/** Cyrillic and Greek letters (lower case, after folding) that look like a Latin letter. */
const lookAlikes: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', ς: 's', ϲ: 'c',
  đ: 'd', ð: 'd', ł: 'l', ø: 'o', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th',
};

const foldCache = new Map<string, string>();

/** One character, folded for matching: compatibility form, lower case, no accents, no format characters, Latin look-alikes. */
export function foldCharacter(character: string): string {
  const cached = foldCache.get(character);
  if (cached !== undefined) return cached;
  let folded = '';
  for (const part of character.normalize('NFKC').toLowerCase().normalize('NFD')) {
    if (/[\p{M}\p{Cf}]/u.test(part)) continue;
    folded += lookAlikes[part] ?? part;
  }
  if (foldCache.size < 10_000) foldCache.set(character, folded);
  return folded;
}

/** A whole text folded for matching (what a check of a finished document compares). */
export function foldForMatching(text: string): string {
  let folded = '';
  for (const character of text) folded += foldCharacter(character);
  return folded;
}

interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`, the start and end (in `text`) of the character it came from. */
  from: number[];
  to: number[];
}

function foldWithOrigins(text: string): FoldedText {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = foldCharacter(character);
    for (let unit = 0; unit < piece.length; unit += 1) {
      from.push(index);
      to.push(index + character.length);
    }
    folded += piece;
    index += character.length;
  }
  return { folded, from, to };
}

/**
 * Replaces every match of `pattern` (written for folded text; it must have the `g` flag) in `text`, widening each
 * match to the invisible characters that sit inside it in the original.
 */
export function replaceFolded(text: string, pattern: RegExp, replacement: string): string {
  if (text === '') return text;
  const { folded, from, to } = foldWithOrigins(text);
  pattern.lastIndex = 0;
  let output = '';
  let copied = 0;
  for (const match of folded.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    const start = from[match.index]!;
    const end = to[match.index + match[0].length - 1]!;
    if (start < copied) continue;
    output += text.slice(copied, start) + replacement;
    copied = end;
  }
  return copied === 0 && output === '' ? text : output + text.slice(copied);
}

/** Whether `pattern` (for folded text) matches anywhere in `text`. */
export function matchesFolded(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(foldForMatching(text));
  pattern.lastIndex = 0;
  return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A folded phrase as a pattern: any run of spaces or hyphens between its words. */
export function phrasePattern(phrase: string): string {
  return foldForMatching(phrase)
    .trim()
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s-]+');
}

/** A name as a whole word, also with a possessive or plural ending, or digits run on ("Grimswold's", "Grimswolds", "Grimswold2"). */
export function wordsPattern(phrases: string[]): RegExp | null {
  const alternatives = [...new Set(phrases.map(phrasePattern).filter((pattern) => pattern !== ''))].sort((a, b) => b.length - a.length);
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?:['’]s|s|es|\\d+)?(?![\\p{L}])`, 'gu');
}

/** Text such as an address line or postcode, matched with or without the spaces in it. */
export function loosePattern(values: string[]): RegExp | null {
  const alternatives = [...new Set(values.map((value) => [...foldForMatching(value).replace(/[\s,]+/g, '')].map(escape).join('[\\s,-]*')).filter((pattern) => pattern !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** A phone number, however it is spaced or punctuated, with a UK number also found as +44. */
export function phonePattern(phones: string[]): RegExp | null {
  const alternatives = new Set<string>();
  for (const phone of phones) {
    let digits = phone.replace(/\D/g, '');
    if (digits.length < 6) continue;
    let prefix = '';
    if (digits.startsWith('44') && phone.trim().startsWith('+')) digits = digits.slice(2);
    if (digits.startsWith('0')) digits = digits.slice(1);
    if (phone.trim().startsWith('+44') || phone.trim().startsWith('0')) prefix = '(?:\\+?\\s*44\\s*(?:\\(0\\))?|0)?[\\s().-]*';
    alternatives.add(prefix + [...digits].join('[\\s().-]*'));
  }
  if (alternatives.size === 0) return null;
  return new RegExp(`(?<![\\p{N}])(?:${[...alternatives].join('|')})(?![\\p{N}])`, 'gu');
}
