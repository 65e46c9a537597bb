import { imaafReconstruction } from './imaaf-reconstruction';
import { imaafReconstruction2026_2 } from './imaaf-reconstruction-2026-2';
import { loadFramework, type Framework } from './schema';

export * from './schema';
export { imaafReconstruction } from './imaaf-reconstruction';
export { imaafReconstruction2026_2, exploitationSettingOptions } from './imaaf-reconstruction-2026-2';

/**
 * The built-in versions, oldest first, validated on load so a mistake in the data stops the app rather than giving
 * wrong advice. Older versions stay so that assessments started under them still open (decision 7).
 */
export const builtInFrameworks: readonly Framework[] = Object.freeze([loadFramework(imaafReconstruction), loadFramework(imaafReconstruction2026_2)]);

/** The newest built-in framework: new assessments use it. */
export const defaultFramework: Framework = builtInFrameworks[builtInFrameworks.length - 1]!;
