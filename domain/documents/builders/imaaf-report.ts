import { exploitationTypeLabels } from '../../imaaf';
import { immediateDangerLabels } from '../../imaaf/outcome';
import { documentTypeLabels, type DocumentInput } from '../catalogue';
import { joinNonEmpty, mainName } from '../content';
import type { DocumentBlockInput } from '../model';
import { redactForAudience, type Redaction } from '../redaction';
import { Fields, baseModel, h2, note, para, redactionNotice, type BuiltModel } from './blocks';
import { adultFactorBlocks, categoryCounts, indicatorsTable } from './outcome-blocks';

/** The IMAAF assessment report. Without an assessment it says so and lists the assessment as the gap. */
export function buildImaafReport(input: DocumentInput, redaction: Redaction = redactForAudience(input.caseRecord, input.assessment, input.audience, input.sharing)): BuiltModel {
  const record = redaction.caseRecord;
  const assessment = redaction.assessment;
  const outcome = assessment?.outcome ?? null;
  const gaps: string[] = [];
  const blocks: DocumentBlockInput[] = [redactionNotice(redaction)];
  if (!assessment || !outcome) {
    gaps.push('IMAAF assessment: no completed assessment with an outcome');
    blocks.push(note('No IMAAF assessment has been completed for this case yet. Complete the assessment to produce this report.', 'No assessment', 'warning'));
    return { model: baseModel(input, redaction, documentTypeLabels['imaaf-report'], blocks, false), gaps };
  }
  const about = new Fields('Assessment')
    .add('Child', mainName(record.child.names))
    .add('Framework', joinNonEmpty([assessment.frameworkId ?? outcome.frameworkId, `version ${assessment.frameworkVersion ?? outcome.frameworkVersion}`], ', '))
    .add('Status', assessment.status === 'completed' ? 'Completed' : assessment.status === 'draft' ? 'Draft: not yet completed' : (assessment.status ?? ''), { gap: false })
    .add('Completed', joinNonEmpty([assessment.completedAt ? assessment.completedAt.slice(0, 10) : '', assessment.completedBy ? `by ${assessment.completedBy}` : ''], ' '))
    .add('Age', joinNonEmpty([outcome.age.treatedAsChild ? 'Treated as a child' : 'Treated as an adult', outcome.age.basis], '. '))
    .add('Immediate danger', immediateDangerLabels[outcome.immediateDanger])
    .add('Crosses borders', outcome.crossBorder.present ? joinNonEmpty(['Yes', ...outcome.crossBorder.reasons], '. ') : 'No');
  gaps.push(...about.gaps);
  blocks.push(h2('About this assessment'), about.block());
  blocks.push(
    h2('Recommended actions'),
    {
      kind: 'table',
      columns: [
        { header: '#', weight: 0.4 },
        { header: 'Action', weight: 3 },
        { header: 'Why', weight: 5 },
        { header: 'When', weight: 1.2 },
      ],
      rows: outcome.recommendations.map((recommendation) => [String(recommendation.priority), recommendation.title, recommendation.reason, recommendation.urgency.replace(/-/g, ' ')]),
    },
    h2('Indicators by category'),
    ...categoryCounts(redaction),
    ...indicatorsTable(redaction),
    h2('Each adult’s factors'),
    ...adultFactorBlocks(redaction),
  );
  if (outcome.exploitationTypesToExplore.length > 0) {
    blocks.push(h2('Types of exploitation to explore'), para(outcome.exploitationTypesToExplore.map((type) => exploitationTypeLabels[type]).join('\n')));
  }
  blocks.push(h2('Differences between accounts'));
  if (outcome.differences.length === 0) blocks.push(para('No differences between accounts were found in this version.'));
  else
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Topic', weight: 2 },
        { header: 'The child’s account', weight: 3 },
        { header: 'The adult’s account', weight: 3 },
        { header: 'Remember', weight: 3 },
      ],
      rows: outcome.differences.map((difference) => [joinNonEmpty([difference.topic, difference.connectedAdultName], ': '), difference.childAccount, difference.adultAccount, difference.reminder]),
    });
  blocks.push(h2('Information gaps'));
  if (outcome.informationGaps.length === 0) blocks.push(para('No information gaps are recorded.'));
  else
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Question', weight: 4 },
        { header: 'How to find out', weight: 4 },
      ],
      rows: outcome.informationGaps.map((gap) => [gap.question, gap.suggestion]),
    });
  const judgement = new Fields('Professional judgement').add('Professional judgement', assessment.professionalJudgement);
  gaps.push(...judgement.gaps);
  blocks.push(h2('Professional judgement'), judgement.block());
  blocks.push(h2('Notes'), ...outcome.notes.map((item) => para(item.text)));
  return { model: baseModel(input, redaction, documentTypeLabels['imaaf-report'], blocks, true), gaps };
}
