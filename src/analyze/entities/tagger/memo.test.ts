import { describe, expect, it } from "vitest";
import { RowMemo } from "./memo.js";

describe("RowMemo", () => {
  it("finds a claimed row and only that key's", () => {
    const memo = new RowMemo<string>(4, 3);
    expect(memo.find("a")).toBe(-1);
    const a = memo.claim("a");
    memo.rows.set([1, 2, 3], a);
    const b = memo.claim("b");
    expect(b).not.toBe(a);
    expect(memo.find("a")).toBe(a);
    expect(Array.from(memo.rows.subarray(memo.find("a"), memo.find("a") + 3))).toEqual([1, 2, 3]);
    expect(memo.find("c")).toBe(-1);
  });

  it("starts over when full, so it never holds more than its capacity", () => {
    const memo = new RowMemo<number>(2, 2);
    memo.rows.fill(7, memo.claim(1), 2);
    memo.claim(2);
    const c = memo.claim(3);
    expect(memo.find(1)).toBe(-1);
    expect(memo.find(2)).toBe(-1);
    expect(memo.find(3)).toBe(c);
    expect(c).toBe(0);
    expect(Array.from(memo.rows.subarray(c, c + 2))).toEqual([0, 0]);
    expect(memo.rows.length).toBe(4);
  });

  it("grows its rows as keys come, up to its capacity", () => {
    const memo = new RowMemo<number>(3000, 1);
    for (let k = 0; k < 2000; k++) memo.rows[memo.claim(k)] = k;
    expect(memo.rows.length).toBe(2048);
    expect(memo.rows[memo.find(1999)]).toBe(1999);
    for (let k = 2000; k < 3000; k++) memo.claim(k);
    expect(memo.rows.length).toBe(3000);
    expect(memo.rows[memo.find(7)]).toBe(7);
  });

  it("reserve starts over unless that many more keys fit, so offsets stay valid through the next claims", () => {
    const memo = new RowMemo<number>(4, 1);
    memo.claim(1);
    memo.claim(2);
    memo.reserve(2);
    expect(memo.find(2)).toBe(1);
    memo.reserve(3);
    expect(memo.find(2)).toBe(-1);
    expect(() => memo.reserve(5)).toThrow(RangeError);
  });
});
