// Streaming reader for `lotse check`: the items of a JSON array (or a single JSON value) one at a time, in constant
// memory, from a stream of byte chunks. Tokenizing and assembling values is @streamparser/json's job (decision 011);
// this file adds what the CLI needs on top: the shape of the document (array or single value), a size and a
// nesting limit per item (so that one huge item cannot exhaust memory either), and syntax errors that say where
// (line, column and the item) in words a user understands.

import { Tokenizer, TokenParser, TokenType } from '@streamparser/json';
import type { ParsedTokenInfo } from '@streamparser/json';

export interface ItemLimits {
  /** Bytes from the first to the last byte of one item (of the whole value when it is not an array). */
  maxItemBytes: number;
  /** Nesting of objects and arrays inside one item; the item itself is level 1. */
  maxDepth: number;
}

/** 1 MiB and 16 levels: a CheckInput is about 0.5 KB and 3 levels deep (at most 100 experience entries). */
export const ITEM_LIMITS: ItemLimits = { maxItemBytes: 1024 * 1024, maxDepth: 16 };

export type JsonEvent = { kind: 'array' } | { kind: 'item'; index: number; value: unknown } | { kind: 'single'; value: unknown };

/**
 * The input is empty, is not JSON (`syntax`) or an item breaks a limit (`limit`: the JSON may be fine). `item` is
 * the index of the item concerned, null for a single value or before the first item.
 */
export class JsonItemsError extends Error {
  constructor(
    message: string,
    readonly kind: 'empty' | 'syntax' | 'limit',
    readonly item: number | null,
  ) {
    super(message);
    this.name = 'JsonItemsError';
  }
}

const BOM = [0xef, 0xbb, 0xbf];

/** Line and column (both from 1; the column counts characters) of a byte offset, for chunks fed in order. */
class Positions {
  private chunk: Uint8Array = new Uint8Array(0);
  private chunkStart = 0;
  private lineAtChunkStart = 1;
  /** Characters between the last newline before the chunk and the chunk's start. */
  private columnAtChunkStart = 0;

  next(chunk: Uint8Array): void {
    const prev = this.chunk;
    const lastNewline = prev.lastIndexOf(0x0a);
    if (lastNewline < 0) {
      this.columnAtChunkStart += characters(prev, 0, prev.length);
    } else {
      this.lineAtChunkStart += newlines(prev, 0, lastNewline + 1);
      this.columnAtChunkStart = characters(prev, lastNewline + 1, prev.length);
    }
    this.chunkStart += prev.length;
    this.chunk = chunk;
  }

  at(offset: number): string {
    const within = offset - this.chunkStart;
    // A token that began in an earlier chunk is a string or a number: no newline inside, so its line is the
    // chunk's first line; its column is counted in bytes.
    if (within <= 0) return `line ${this.lineAtChunkStart}, column ${Math.max(1, this.columnAtChunkStart + within + 1)}`;
    const end = Math.min(within, this.chunk.length);
    const lastNewline = this.chunk.subarray(0, end).lastIndexOf(0x0a);
    if (lastNewline < 0) return `line ${this.lineAtChunkStart}, column ${this.columnAtChunkStart + characters(this.chunk, 0, end) + 1}`;
    return `line ${this.lineAtChunkStart + newlines(this.chunk, 0, lastNewline + 1)}, column ${characters(this.chunk, lastNewline + 1, end) + 1}`;
  }
}

function newlines(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a, from); i >= 0 && i < to; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** UTF-8 characters in bytes[from, to): every byte that is not a continuation byte starts one. */
function characters(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if ((bytes[i]! & 0xc0) !== 0x80) n++;
  return n;
}

function describeToken(t: ParsedTokenInfo): string {
  switch (t.token) {
    case TokenType.STRING: {
      const s = String(t.value);
      return `string ${JSON.stringify(s.length > 40 ? s.slice(0, 37) + '...' : s)}`;
    }
    case TokenType.NUMBER:
      return `number ${String(t.value)}`;
    case TokenType.TRUE:
    case TokenType.FALSE:
    case TokenType.NULL:
      return String(t.value);
    default:
      return `"${String(t.value)}"`;
  }
}

function isValueStart(token: TokenType): boolean {
  return token !== TokenType.COMMA && token !== TokenType.COLON && token !== TokenType.RIGHT_BRACE && token !== TokenType.RIGHT_BRACKET;
}

/**
 * Reads `chunks` (UTF-8, an optional byte order mark is skipped) as one JSON document. Yields `{kind: 'array'}`
 * and then each item in order if the document is an array, else one `{kind: 'single'}` with the value. Throws
 * JsonItemsError for bad JSON (also an empty input or anything after the document) and for an item over `limits`;
 * errors of `chunks` itself pass through. Memory: one chunk plus the items of one chunk plus the item being read.
 */
export async function* readJsonItems(chunks: AsyncIterable<Uint8Array>, limits: ItemLimits = ITEM_LIMITS): AsyncGenerator<JsonEvent> {
  const positions = new Positions();
  const tokenizer = new Tokenizer({ emitPartialTokens: true });
  let parser: TokenParser | undefined;
  let array = false;
  /** Nesting of the document after the current token; items sit at level `itemLevel`. */
  let depth = 0;
  let itemLevel = 0;
  let index = -1; // the item being read or last read
  let inItem = false;
  let itemStart = 0;
  let fed = 0;
  let ending = false;
  let truncated = false;
  let current: ParsedTokenInfo | undefined;
  const ready: JsonEvent[] = [];

  const item = (): number | null => (array && index >= 0 ? index : null);
  const syntax = (what: string, offset: number, context = true): JsonItemsError => {
    const inside = !context || !array || index < 0 ? '' : inItem ? ` (in item [${index}])` : ` (after item [${index}])`;
    return new JsonItemsError(`${what} at ${positions.at(offset)}${inside}`, 'syntax', item());
  };
  const limit = (what: string): JsonItemsError => new JsonItemsError(`${what}, the limit for one input`, 'limit', item());

  const tooLarge = (): JsonItemsError => limit(`is larger than ${limits.maxItemBytes} bytes`);

  tokenizer.onError = (err: Error): void => {
    if (err instanceof JsonItemsError) throw err; // thrown by onToken below; the tokenizer passes it on to here
    const m = /^Unexpected "([\s\S]*)" at chunk position "\d+" \(absolute position "(\d+)"\)/.exec(err.message);
    if (m) throw syntax(`unexpected character ${JSON.stringify(m[1])}`, Number(m[2]));
    if (ending) {
      truncated = true; // "ended in the middle of a token": reported below with the item
      return;
    }
    throw syntax('invalid JSON', fed);
  };
  const onParserError = (): void => {
    const t = current!;
    if (inItem && itemStart === t.offset) {
      // The token would have begun the next item, but is out of place (a missing comma): name the item before.
      inItem = false;
      index--;
    }
    throw syntax(`unexpected ${describeToken(t)}`, t.offset);
  };
  tokenizer.onToken = (t: ParsedTokenInfo): void => {
    if (parser === undefined) {
      array = t.token === TokenType.LEFT_BRACKET;
      itemLevel = array ? 1 : 0;
      parser = new TokenParser({ paths: [array ? '$.*' : '$'], keepStack: false });
      parser.onValue = ({ value }): void => {
        ready.push(array ? { kind: 'item', index, value } : { kind: 'single', value });
      };
      parser.onError = onParserError;
      if (array) ready.push({ kind: 'array' });
    }
    if (!inItem && depth === itemLevel && isValueStart(t.token)) {
      inItem = true;
      index++;
      itemStart = t.offset;
    }
    if (t.partial) return; // only announces a long string or number (where it starts); the whole token follows
    current = t;
    if (parser.isEnded) throw syntax(`unexpected ${describeToken(t)} after the end of the JSON document`, t.offset, false);
    parser.write(t);
    if (t.token === TokenType.LEFT_BRACE || t.token === TokenType.LEFT_BRACKET) {
      depth++;
      if (depth - itemLevel > limits.maxDepth) throw limit(`is nested deeper than ${limits.maxDepth} levels`);
      return;
    }
    const closing = t.token === TokenType.RIGHT_BRACE || t.token === TokenType.RIGHT_BRACKET;
    if (closing) depth--;
    if (inItem && depth === itemLevel) {
      // The item is complete. Its size (for a string: in characters, about its bytes) is checked here as well
      // as after each chunk, so that an item read in one chunk does not escape the limit.
      const end = closing ? t.offset + 1 : t.token === TokenType.STRING ? t.offset + String(t.value).length + 2 : t.offset;
      if (end - itemStart > limits.maxItemBytes) throw tooLarge();
      inItem = false;
    }
  };

  let bom = 0; // bytes of a byte order mark seen so far at the start
  for await (let chunk of chunks) {
    if (fed === 0 && bom < BOM.length) {
      let skip = 0;
      while (bom < BOM.length && skip < chunk.length && chunk[skip] === BOM[bom]) {
        skip++;
        bom++;
      }
      if (bom < BOM.length && skip < chunk.length) {
        // Not a byte order mark after all: give back what was taken for one.
        chunk = Buffer.concat([Uint8Array.from(BOM.slice(0, bom)), chunk.subarray(skip)]);
        bom = BOM.length;
      } else {
        chunk = chunk.subarray(skip);
      }
      if (chunk.length === 0) continue;
    }
    positions.next(chunk);
    fed += chunk.length;
    tokenizer.write(chunk);
    if (inItem && fed - itemStart > limits.maxItemBytes) throw tooLarge();
    yield* ready.splice(0);
  }
  if (fed === 0 && bom > 0 && bom < BOM.length) {
    // An input of one or two bytes that began like a byte order mark.
    const chunk = Uint8Array.from(BOM.slice(0, bom));
    positions.next(chunk);
    fed += chunk.length;
    tokenizer.write(chunk);
  }
  ending = true;
  if (!tokenizer.isEnded) tokenizer.end();
  yield* ready.splice(0);
  positions.next(new Uint8Array(0));
  if (parser === undefined && !truncated) throw new JsonItemsError('the input is empty', 'empty', null);
  if (parser === undefined || truncated || !parser.isEnded) {
    if (!array) throw syntax('the input ends in the middle of the JSON value', fed);
    if (inItem) throw syntax(`the input ends in the middle of item [${index}]`, fed, false);
    throw syntax(index < 0 ? 'the input ends before the array is closed' : `the input ends after item [${index}], before the array is closed`, fed, false);
  }
}
