declare module 'hyphen/fr' {
  interface HyphenOptions {
    hyphenChar?: string
    minWordLength?: number
  }
  const hyphen: {
    hyphenate(text: string, options?: HyphenOptions): Promise<string>
    hyphenateSync(text: string, options?: HyphenOptions): string
  }
  export default hyphen
}
