// The part of markdown-it the hostile tests use (it ships no types).
declare module 'markdown-it' {
  export default class MarkdownIt {
    constructor(options?: { html?: boolean; linkify?: boolean });
    render(markdown: string): string;
  }
}
