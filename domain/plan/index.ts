export * from './derive';
export * from './actions';
