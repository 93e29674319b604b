export declare const ENTRIES: Record<string, string>;
export declare const KB: number;
export declare const BUDGETS: Record<string, number>;
export declare const SERVER_ENTRIES: Record<string, string>;
export declare const TESTING_ENTRIES: Record<string, string>;
