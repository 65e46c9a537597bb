import type { CaseRecord } from '../../case/schemas';
import type { AssessmentAnswers } from '../answers';
import { indexFramework, type Framework, type ItemRole } from '../framework/schema';
import type { Judgement, JudgementId } from '../outcome';
import { adultName, collectFindings, type RuleContext } from './context';
import { nationWording } from './nations';
import type { Reading } from './readings';
import { lowerFirst } from './wording';

const roles: Record<JudgementId, ItemRole> = {
  'reasonable-grounds': 'judgement-reasonable-grounds',
  'significant-harm': 'judgement-significant-harm',
};

function answerOf(reading: Reading): Judgement['answer'] {
  if (reading === 'yes' || reading === 'no') return reading;
  return reading === 'unknown' ? 'not-known' : 'not-answered';
}

/**
 * The worker's two judgement questions, with the indicators that bear on them, for the outcome to show before any
 * statutory wording (reference 2.3 I: any indicator prompts consideration; glossary and 4.4: the duty attaches to
 * reasonable grounds to believe; 6.1: a strategy discussion follows reasonable cause to suspect significant harm).
 * Frameworks without the questions (version 2026.1) give none.
 */
export function judgementsFor(ctx: RuleContext): Judgement[] {
  const nation = nationWording[ctx.jurisdiction];
  const label = (finding: RuleContext['findings'][number]) => `${lowerFirst(finding.label)} (${finding.status})`;
  const direct = ctx.directFindings.map(label);
  const indirect = ctx.findings.filter((finding) => !finding.direct).map(label);
  const out: Judgement[] = [];
  for (const id of ['reasonable-grounds', 'significant-harm'] as const) {
    const item = ctx.index.byRole.get(roles[id]);
    if (!item || ctx.age.pathway !== 'child') continue;
    const answer = answerOf(id === 'reasonable-grounds' ? ctx.judgement.reasonableGrounds : ctx.judgement.significantHarm);
    const prompt =
      id === 'reasonable-grounds'
        ? answer === 'yes'
          ? `You judged that there are reasonable grounds to believe the child may be a victim. ${nation.nrmDuty.text}`
          : answer === 'no'
            ? 'You judged that there are not reasonable grounds. Record why, and look at it again when anything new is learned.'
            : 'Your judgement is needed before the outcome says whether an NRM referral is required. Any indicator should make you consider one; the threshold is low and suspicion is enough.'
        : answer === 'yes'
          ? `You judged that there is reasonable cause to suspect significant harm: ${nation.childrensServices} hold ${nation.discussion.aName}.`
          : answer === 'no'
            ? `You judged that there is not reasonable cause to suspect significant harm. Share any worry with ${nation.childrensServices} all the same.`
            : `Your judgement is needed before the outcome says whether ${nation.discussion.aName} is needed.`;
    out.push({
      id,
      itemId: item.id,
      question: item.question,
      answer,
      prompt,
      direct,
      indirect,
      sources: id === 'reasonable-grounds' ? ['S18', 'S16', 'S1'] : [...new Set([...nation.discussion.sources.filter((source) => source !== 'S15')])],
    });
  }
  return out;
}

/**
 * The indicators recorded so far, signs of exploitation itself apart from the rest, for the assessment to show beside
 * the judgement questions. Pure, like the rules.
 */
export function recordedIndicators(caseRecord: CaseRecord, answers: AssessmentAnswers, framework: Framework): { direct: string[]; indirect: string[] } {
  const findings = collectFindings(caseRecord, answers, indexFramework(framework));
  const name = (finding: (typeof findings)[number]) => {
    const adult = finding.connectedAdultId ? caseRecord.connectedAdults.find((entry) => entry.id === finding.connectedAdultId) : undefined;
    const who = adult ? adultName(adult) : null;
    return `${who ? `${who}: ` : ''}${lowerFirst(finding.label)} (${finding.status})`;
  };
  return { direct: findings.filter((finding) => finding.direct).map(name), indirect: findings.filter((finding) => !finding.direct).map(name) };
}

/** Whether an item is one of the worker's judgement questions. */
export function isJudgementItem(item: { role?: ItemRole | undefined }): boolean {
  return item.role === 'judgement-reasonable-grounds' || item.role === 'judgement-significant-harm';
}
