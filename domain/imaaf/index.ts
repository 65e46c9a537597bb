/**
 * IMAAF assessment: the framework as versioned data, the indicator catalogue, answers and assessment records,
 * and the rules that turn answers into an outcome. Pure TypeScript and zod only.
 */
export * from './framework';
export * from './indicators';
export * from './answers';
export * from './outcome';
export * from './lifecycle';
export { computeOutcome, imaafSettingsSchema, differenceReminder, type ImaafSettings, type ImaafSettingsInput } from './rules';
export { recordedIndicators, isJudgementItem } from './rules/judgements';
export { exploitationBySetting } from './rules/exploitation';
export { sampleOutcomeInput } from './sample';
export { sourceTitles, describeSources } from './sources';
export { sectionStatus, frameworkProgress, itemApplies, applicableItems, type SectionStatus } from './progress';
