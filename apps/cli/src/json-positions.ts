/**
 * Where each value of a JSON text starts, by JSON pointer ("/tasks/0/due" → line 12, column 14), so
 * that a pack's or a config file's problems can be shown at their place in the file. A small scanner
 * over text that JSON.parse has already accepted; it does not validate.
 */
import type { Message, PackProblem } from '@dondoc/core';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Where each line of a text starts: offset 0, then one past every line feed. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
  return starts;
}

/**
 * Line and column (from 1) of a character offset, by binary search over the line starts: looking up
 * every value of a large file stays O(n log n) rather than one scan from the start per value.
 */
function positionIn(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** Line and column (from 1) of a character offset. */
function positionAt(text: string, offset: number): Position {
  return positionIn(lineStarts(text), Math.min(offset, text.length));
}

export function jsonPositions(text: string): Map<string, Position> {
  const positions = new Map<string, Position>();
  let i = 0;
  const starts = lineStarts(text);
  const at = (offset: number): Position => positionIn(starts, offset);
  const skip = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const string = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
  const value = (pointer: string): void => {
    skip();
    positions.set(pointer, at(i));
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skip();
        const key = string();
        skip();
        i++; // colon
        value(`${pointer}/${escape(key)}`);
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        i++; // closing brace
        return;
      }
    }
    if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value(`${pointer}/${n}`);
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        i++;
        return;
      }
    }
    if (c === '"') {
      string();
      return;
    }
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value('');
  return positions;
}

/** The position of a pointer, or of its nearest ancestor that has one. */
export function positionOf(
  positions: ReadonlyMap<string, Position>,
  pointer: string,
): Position | undefined {
  let p = pointer;
  for (;;) {
    const found = positions.get(p);
    if (found) return found;
    if (p === '') return undefined;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** Each problem as "file:line:column /pointer — message", in both languages. */
export function jsonProblemLines(
  file: string,
  text: string,
  problems: readonly PackProblem[],
): Message[] {
  const positions = jsonPositions(text);
  return problems.map((p) => {
    const pos = positionOf(positions, p.pointer);
    const where = `${file}:${pos ? `${pos.line}:${pos.column}` : '1:1'} ${p.pointer || '/'}`;
    return { vi: `${where} — ${p.message.vi}`, en: `${where} — ${p.message.en}` };
  });
}

/** JSON.parse's error as "file:line:column — reason", the line and column from its position. */
export function jsonSyntaxProblem(file: string, text: string, error: unknown): Message {
  const reason = error instanceof Error ? error.message : String(error);
  const offset = /at position (\d+)/.exec(reason)?.[1];
  const pos = positionAt(text, offset === undefined ? text.length : Number(offset));
  const where = `${file}:${pos.line}:${pos.column}`;
  return {
    vi: `${where} — JSON viết sai ở đây (thiếu hoặc thừa dấu phẩy, ngoặc, nháy kép?): ${reason}`,
    en: `${where} — malformed JSON here (a missing or extra comma, bracket or quote?): ${reason}`,
  };
}
