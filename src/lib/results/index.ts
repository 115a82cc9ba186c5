/**
 * Results and reporting: weighted sick-leave figures, baselines, goal attainment, the
 * comparison with the other municipalities and statistical process control. Pure
 * TypeScript; no Astro. See README.md in this folder for the methods and their sources.
 */
export * from './period';
export * from './weighted';
export * from './data';
export * from './aggregate';
export * from './baseline';
export * from './compare';
export * from './goals';
export * from './summary';
export * from './spc/binomial';
export * from './spc/signals';
export * from './spc/run-chart';
export * from './spc/p-chart';
export * from './spc/laney';
export * from './spc/xmr';
export * from './surveys';
