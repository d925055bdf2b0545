// Types of build.js for the TypeScript that imports it (the tests, the benchmark).
export declare const ROOT: string;
export declare const SRC: string;
export declare const DIST: string;
export declare const ENTRIES: Record<string, string>;
export declare function sourceFingerprint(): string;
export declare function needsBuild(): boolean;
export declare function build(): Promise<void>;
