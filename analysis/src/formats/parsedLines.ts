// What the structure builders (sections, blocks, sessions, banners) read of a parsed document.

export interface ParsedLines {
  count: number;
  get(line: number): string;
  kinds: Uint8Array;
  messageStarts: Uint32Array;
  componentIds: Uint8Array;
  components: readonly string[];
}
