// Types of build.js for the TypeScript that imports it (the tests, the benchmark).
export declare const ROOT: string;
export declare const SRC: string;
export declare const DIST: string;
export declare const ENTRIES: Record<string, string>;
export declare function sourceFingerprint(): string;
export declare function needsBuild(): boolean;
export declare function build(): Promise<void>;
export declare const WEB: string;
export declare const WEB_DIST: string;
export declare function webFingerprint(): string;
export declare function webNeedsBuild(): boolean;
export declare function buildWeb(): Promise<void>;
