export declare const CONTENT_CHECK: unique symbol;
export declare function awaitContentCheck(): Promise<void>;
