/** The npm package `hyphen` (CommonJS, no types of its own): the bokmål patterns. */
declare module 'hyphen/nb/index.js' {
  interface Options {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  const nb: { hyphenateSync(text: string, options?: Options): string };
  export default nb;
}
