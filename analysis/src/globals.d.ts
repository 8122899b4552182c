// The analysis core compiles with no platform types (no DOM, no Node). TextDecoder is a web
// standard that every JavaScript runtime we run on (Node, VS Code's extension host, browsers) has.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
