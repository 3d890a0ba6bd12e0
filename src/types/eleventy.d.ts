// Eleventy ships no TypeScript types: the programmatic API as src/build/stage.ts uses it.
declare module '@11ty/eleventy' {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Where Eleventy's messages go: `overrideLogger` gives it an object with log, warn and error. */
    readonly logger: { overrideLogger(logger: Pick<Console, 'log' | 'warn' | 'error'> | false): void };
  }
}
