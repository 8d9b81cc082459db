/** A CoNLL-style file: one token per line (token first column, tag last), blank lines between sentences. */
export interface ConllToken {
  text: string;
  tag: string;
}

export type ConllSentence = ConllToken[];

/** Documents split on -DOCSTART- lines (a file without any is one document). */
export function parseConll(content: string): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  let doc: ConllSentence[] = [];
  let sent: ConllSentence = [];
  const endSentence = () => {
    if (sent.length) doc.push(sent);
    sent = [];
  };
  const endDoc = () => {
    endSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === "-DOCSTART-") {
      endDoc();
      continue;
    }
    sent.push({ text: cols[0]!, tag: cols.length > 1 ? cols[cols.length - 1]! : "O" });
  }
  endDoc();
  return docs;
}

/** An entity over token indices [start, end) of one sentence. */
export interface TagSpan {
  start: number;
  end: number;
  type: string;
}

/**
 * conlleval's chunking for IOB1 and IOB2 (and tolerant of BIOES): an entity starts at B-X (or S-X), or at I-X/E-X
 * after O or another type, and continues over I-X/E-X of the same type; E-X and S-X close it.
 */
export function tagsToSpans(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open = -1;
  let type = "";
  const close = (end: number) => {
    if (open >= 0) spans.push({ start: open, end, type });
    open = -1;
  };
  tags.forEach((tag, i) => {
    const dash = tag.indexOf("-");
    if (tag === "O" || dash < 0) {
      close(i);
      return;
    }
    const prefix = tag.slice(0, dash);
    const t = tag.slice(dash + 1);
    if (prefix === "B" || prefix === "S" || open < 0 || t !== type) {
      close(i);
      open = i;
      type = t;
    }
    if (prefix === "E" || prefix === "S" || prefix === "L" || prefix === "U") close(i + 1);
  });
  close(tags.length);
  return spans;
}
