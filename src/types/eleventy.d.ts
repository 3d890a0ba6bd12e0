// Eleventy ships no TypeScript types: the programmatic API as scripts/build.ts uses it.
declare module '@11ty/eleventy' {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
