import type { Span } from "./record.js";

/**
 * The one way to make a span: returns `undefined` when the offsets do not lie inside `text`
 * (never guesses or clamps), so a bad offset cannot reach a record.
 */
export function spanOf(text: string, start: number, end: number): Span | undefined {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    return undefined;
  }
  return { start, end, text: text.slice(start, end) };
}

/** Narrows [start, end) so it has no leading or trailing whitespace. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Every object inside `value` that has numeric start/end and a text field. */
export function* allSpans(value: unknown, path = "$"): Generator<{ path: string; span: Span }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* allSpans(value[i], `${path}[${i}]`);
  } else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") {
      yield { path, span: o as unknown as Span };
    }
    for (const [k, v] of Object.entries(o)) {
      if (v && typeof v === "object") yield* allSpans(v, `${path}.${k}`);
    }
  }
}
