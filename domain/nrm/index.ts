export * from './types';
export * from './questions';
export * from './answers';
export * from './prefill';
export * from './resolve';
export * from './dates';
export { LAST_CONTACT_OPTIONS } from './prompt-sheet-a';
export { EXPLOITATION_TICKS } from './prompt-sheet-b';
export * from './referrals';
