export * from './derive';
export * from './actions';
export * from './owners';
