import { createReadStream } from 'node:fs';

/** One line of a file, or a note that a line was too long and was skipped unread. */
export type Line = { number: number; text: string } | { number: number; tooLong: number };

/**
 * The lines of a file, streamed: memory holds one line at most `maxLineBytes` long. A longer
 * line is counted and dropped as it streams (never held whole) and reported as `tooLong`,
 * so a single multi-gigabyte line costs no more memory than the limit. Bytes are UTF-8;
 * invalid sequences become U+FFFD. "\r\n" and "\n" both end a line.
 */
export async function* readLines(path: string, maxLineBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder();
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = 0;
  let number = 0;
  const finish = (): Line => {
    number++;
    if (overflow > 0) {
      const line = { number, tooLong: overflow };
      overflow = 0;
      return line;
    }
    let buf = Buffer.concat(parts, size);
    if (buf.length && buf[buf.length - 1] === 0x0d) buf = buf.subarray(0, buf.length - 1);
    parts = [];
    size = 0;
    return { number, text: decoder.decode(buf) };
  };
  const take = (chunk: Buffer): void => {
    if (overflow > 0) {
      overflow += chunk.length;
      return;
    }
    if (size + chunk.length > maxLineBytes) {
      overflow = size + chunk.length;
      parts = [];
      size = 0;
      return;
    }
    parts.push(chunk);
    size += chunk.length;
  };
  let any = false;
  for await (const raw of createReadStream(path, { highWaterMark: 64 * 1024 })) {
    const chunk = raw as Buffer;
    any = true;
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      take(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    if (start < chunk.length) take(Buffer.from(chunk.subarray(start)));
  }
  if (any && (size > 0 || overflow > 0)) yield finish();
}
