/** The part of the untyped `az` package (Russian morphology) that dyad uses. */
declare module 'az' {
  export interface AzTag {
    POST?: string;
    CAse?: string;
    NMbr?: string;
    GNdr?: string;
    TEns?: string;
    [grammeme: string]: unknown;
  }
  export interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    normalize(keepPOS?: boolean): AzParse;
  }
  export interface AzMorphOptions {
    ignoreCase?: boolean;
    stutter?: number;
    typos?: number | 'auto';
  }
  export interface AzMorph {
    (word: string, options?: AzMorphOptions): AzParse[];
    init(path: string, callback: (error: Error | null) => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
}
