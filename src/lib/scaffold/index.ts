/** `npm run ny`: the pure logic (ids, numbers, templates). scripts/ny.ts does the file work. */
export * from './scaffold';
export * from './templates';
export * from './placeholder';
export { yamlString } from './yaml';
