// Eleventy ships no TypeScript types: this names what the project uses of it, so the
// compiler checks our side: the configuration API the plugins (src/site/) call, and the
// programmatic API as src/build/stage.ts runs it.
declare module '@11ty/eleventy' {
  export interface CollectionItem {
    inputPath: string;
    url: string;
    data: Record<string, unknown>;
    /** The rendered content: readable once the template has been rendered. */
    content?: string;
  }

  export interface CollectionApi {
    getAll(): CollectionItem[];
    getFilteredByGlob(glob: string): CollectionItem[];
  }

  export interface EleventyConfig {
    addPlugin<Options>(plugin: (config: EleventyConfig, options: Options) => void, options?: Options): void;
    addCollection(name: string, fn: (api: CollectionApi) => unknown): void;
    addFilter<Args extends unknown[]>(name: string, fn: (...args: Args) => unknown): void;
    addGlobalData(name: string, value: unknown): void;
    addTemplate(path: string, content: string, data?: Record<string, unknown>): void;
    setLibrary(name: 'md', library: import('markdown-it').default): void;
    addPassthroughCopy(paths: Record<string, string> | string): void;
    setQuietMode(quiet: boolean): void;
    setUseGitIgnore(use: boolean): void;
  }

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
