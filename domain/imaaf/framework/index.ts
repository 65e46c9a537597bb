import { imaafReconstruction } from './imaaf-reconstruction';
import { loadFramework, type Framework } from './schema';

export * from './schema';
export { imaafReconstruction } from './imaaf-reconstruction';

/** The built-in framework, validated on load so a mistake in the data stops the app rather than giving wrong advice. */
export const defaultFramework: Framework = loadFramework(imaafReconstruction);
