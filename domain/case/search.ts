import { nameInOrder, type OrderedName } from './names';

/**
 * Folding for search: "Nguyễn Thị Ánh", "NGUYEN thi anh" and "nguyen thi anh" all fold to "nguyen thi anh".
 * Letters that Unicode does not decompose (đ, ł, ø, ß, æ, ı ...) are mapped by hand to what a worker would type.
 */
const extraFolds: Record<string, string> = {
  đ: 'd', ð: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th', ŧ: 't', ŋ: 'n',
  ʼ: '', '’': '', "'": '', 'ʻ': '', '‘': '',
};

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[đðłøßæœıħþŧŋʼ’'ʻ‘]/g, (ch) => extraFolds[ch] ?? ch)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words a name can be found by. */
export function searchTokens(text: string): string[] {
  const folded = foldForSearch(text);
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}

/**
 * Reads a search box for a date: "12/03/2012", "12.3.2012", "2012-03-12", "03/2012", "2012".
 * Answers the ISO-style term stored for dates of birth, or null if the text is not a date.
 */
export function parseDateQuery(text: string): string | null {
  const value = text.trim();
  let match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(value);
  if (match) return isoTerm(match[1]!, match[2], match[3]);
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) return isoTerm(match[3]!, match[2], match[1]);
  match = /^(\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) return isoTerm(match[2]!, match[1]);
  match = /^(\d{4})$/.exec(value);
  if (match) return match[1]!;
  return null;
}

function isoTerm(year: string, month?: string, day?: string): string | null {
  const m = Number(month);
  if (!(m >= 1 && m <= 12)) return null;
  const mm = String(m).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const d = Number(day);
  if (!(d >= 1 && d <= 31)) return null;
  return `${year}-${mm}-${String(d).padStart(2, '0')}`;
}

/** The name shown for a person: the first name recorded, in the order the person gives it. */
export function displayName(names: readonly OrderedName[]): string {
  for (const name of names) {
    const full = nameInOrder(name);
    if (full !== '') return full;
  }
  return 'Name not known';
}
