/** A token: a half-open [start, end) range over the record's text, plus its text. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/** A sentence: its range over the text and its tokens (in order, inside the range). */
export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}
