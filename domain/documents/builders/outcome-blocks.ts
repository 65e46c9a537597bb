import { indicatorCategoryLabels, informationSourceLabels } from '../../imaaf';
import { ysnLabels } from '../../imaaf/framework/schema';
import { NOT_RECORDED, mainName } from '../content';
import type { DocumentBlockInput } from '../model';
import type { Redaction } from '../redaction';
import { h3, para } from './blocks';

export function indicatorsTable(redaction: Redaction): DocumentBlockInput[] {
  const outcome = redaction.assessment?.outcome;
  if (!outcome) return [para('No IMAAF assessment outcome is recorded yet, so no indicators are listed.')];
  const categories = outcome.indicatorsByCategory.filter((category) => category.items.length > 0);
  if (categories.length === 0) return [para('No indicators were recorded as present or suspected.')];
  return [
    {
      kind: 'table',
      caption: 'Indicators recorded as present (yes) or suspected, by category',
      columns: [
        { header: 'Category', weight: 2 },
        { header: 'Indicator', weight: 4 },
        { header: 'Status', weight: 1.2 },
        { header: 'Source', weight: 1.6 },
        { header: 'Note', weight: 3 },
      ],
      rows: categories.flatMap((category) =>
        category.items.map((item) => [
          category.label || indicatorCategoryLabels[category.category],
          item.label,
          ysnLabels[item.status],
          item.source ? informationSourceLabels[item.source] : NOT_RECORDED,
          item.note,
        ]),
      ),
    },
  ];
}

export function categoryCounts(redaction: Redaction): DocumentBlockInput[] {
  const outcome = redaction.assessment?.outcome;
  if (!outcome) return [];
  return [
    {
      kind: 'table',
      caption: 'Child and setting factors: counts by category',
      columns: [
        { header: 'Category', weight: 3 },
        { header: 'Yes', weight: 0.8 },
        { header: 'Suspected', weight: 1 },
        { header: 'Key items', weight: 5 },
      ],
      rows: outcome.indicatorsByCategory.map((category) => [
        category.label || indicatorCategoryLabels[category.category],
        String(category.yes),
        String(category.suspected),
        category.items.map((item) => item.label).join('; ') || 'None recorded',
      ]),
    },
  ];
}

export function adultFactorBlocks(redaction: Redaction): DocumentBlockInput[] {
  const outcome = redaction.assessment?.outcome;
  if (!outcome) return [para('No IMAAF assessment outcome is recorded yet, so no adult factors are listed.')];
  if (outcome.connectedAdultFactors.length === 0) return [para('No adult factors are recorded in this version.')];
  // The adult's name as the case now records it, in the order they give it; the outcome's own copy if they have gone.
  const onCase = new Map(redaction.caseRecord.connectedAdults.map((adult) => [adult.id, mainName(adult.names)]));
  return outcome.connectedAdultFactors.flatMap((adult): DocumentBlockInput[] => [
    h3(`${onCase.get(adult.connectedAdultId) ?? adult.name}: ${adult.yes} yes, ${adult.suspected} suspected`),
    adult.factors.length === 0
      ? para('No factors recorded as present or suspected.')
      : {
          kind: 'table',
          columns: [
            { header: 'Factor', weight: 4 },
            { header: 'Status', weight: 1.2 },
            { header: 'Source', weight: 1.6 },
            { header: 'Note', weight: 3 },
          ],
          rows: adult.factors.map((factor) => [factor.label, ysnLabels[factor.status], factor.source ? informationSourceLabels[factor.source] : NOT_RECORDED, factor.note]),
        },
  ]);
}
