/** A half-open range of UTF-16 code units in `doc.text`. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers; `text === doc.text.slice(start, end)` always. */
export interface TextSpan extends Span {
  text: string;
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`span [${start}, ${end}) lies outside a text of length ${text.length}`);
  }
  return { start, end, text: text.slice(start, end) };
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function byStart(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}
