export declare const contentDir: string;
