export declare function hash(text: string): number;
export declare function prng(seed: number): () => number;
export declare function normal(rand: () => number): number;
export declare function readPools(dir: string): Map<string, string>;
