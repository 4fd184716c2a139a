/** Types of build.mjs, for the benchmark and tests written in TypeScript. */
export declare const BANNER_FILE: string;
export declare function buildBanner(options?: { write?: boolean }): Promise<Buffer>;
