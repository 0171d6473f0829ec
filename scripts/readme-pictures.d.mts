// Types of readme-pictures.mjs (plain JavaScript: npm run package runs it with node alone).
export declare const WALKTHROUGH_NOTE: string;
export declare function readmeWithoutPictures(markdown: string, note?: string): string;
