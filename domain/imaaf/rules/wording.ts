import type { IndicatorFinding, Recommendation } from '../outcome';

/** A recommendation before it is put in order. */
export type DraftRecommendation = Omit<Recommendation, 'priority'>;

/** "a", "a and b", "a, b and c": how a worker would list things. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Names the indicators behind a recommendation, so the reason shows the facts, not just a count. */
export function describeFindings(findings: readonly IndicatorFinding[], max = 4): string {
  const yes = findings.filter((finding) => finding.status === 'yes').length;
  const suspected = findings.length - yes;
  const counts = [yes ? `${yes} recorded as yes` : '', suspected ? `${suspected} as suspected` : ''].filter(Boolean).join(' and ');
  const named = findings.slice(0, max).map((finding) => `${lowerFirst(finding.label)} (${finding.status})`);
  const more = findings.length > max ? `, and ${plural(findings.length - max, 'other', 'others')}` : '';
  return `${plural(findings.length, 'trafficking indicator', 'trafficking indicators')} (${counts}), including: ${named.join('; ')}${more}`;
}

export function lowerFirst(text: string): string {
  return text.length > 1 && text[1] !== text[1]?.toUpperCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
