/**
 * A reader for PETRARCH/TABARI actor dictionaries (petrarch2 `*.actors.txt`): entries of
 * `NAME_WITH_UNDERSCORES [CODE dates]`, synonym lines `+NAME`, indented code lines `[CODE dates]`,
 * `#` comments. Used only by scripts/build-knowledge.ts.
 */
export interface ActorCode {
  code: string;
  /** ISO dates (YYYY-MM-DD) of the period the code holds, when given. */
  from?: string;
  to?: string;
}

export interface ActorEntry {
  /** Upper-case names, words separated by single spaces; the first is the entry's own name. */
  names: string[];
  codes: ActorCode[];
  /** The text after `#` on the entry's first line. */
  comment: string;
}

const CODE_RE = /\[([^\]]*)\]/g;

export function parseActors(source: string): ActorEntry[] {
  const entries: ActorEntry[] = [];
  let current: ActorEntry | undefined;
  let inComment = false;
  for (const raw of source.split(/\r?\n/)) {
    if (inComment) {
      if (raw.includes("-->")) inComment = false;
      continue;
    }
    if (raw.trimStart().startsWith("<!--")) {
      inComment = !raw.includes("-->");
      continue;
    }
    const hash = raw.indexOf("#");
    const body = hash >= 0 ? raw.slice(0, hash) : raw;
    const comment = hash >= 0 ? raw.slice(hash + 1).trim() : "";
    if (!body.trim()) continue;
    const codes = [...body.matchAll(CODE_RE)].map((m) => parseCode(m[1]!)).filter((c): c is ActorCode => !!c);
    const name = body.replace(CODE_RE, "").trim();
    if (/^\s/.test(body) && !name) {
      current?.codes.push(...codes);
    } else if (name.startsWith("+")) {
      const n = cleanName(name.slice(1));
      if (current && n) current.names.push(n);
      current?.codes.push(...codes);
    } else if (name) {
      const n = cleanName(name);
      current = n ? { names: [n], codes, comment } : undefined;
      if (current) entries.push(current);
    }
  }
  return entries;
}

function cleanName(s: string): string {
  return s.replace(/[_\s]+/g, " ").trim();
}

function parseCode(s: string): ActorCode | undefined {
  const m = /^\s*~?([A-Z0-9]+)\s*(.*)$/.exec(s);
  if (!m) return undefined;
  const code: ActorCode = { code: m[1]! };
  const when = m[2]!.trim();
  let d: RegExpExecArray | null;
  if ((d = /^(\d{6,8})\s*-\s*(\d{6,8})$/.exec(when))) {
    code.from = toDate(d[1]!);
    code.to = toDate(d[2]!);
  } else if ((d = /^>\s*(\d{6,8})$/.exec(when))) {
    code.from = toDate(d[1]!);
  } else if ((d = /^<\s*(\d{6,8})$/.exec(when))) {
    code.to = toDate(d[1]!);
  }
  return code;
}

/** YYMMDD (years up to 30 are 20xx) or YYYYMMDD to YYYY-MM-DD. */
function toDate(s: string): string | undefined {
  let y: number, rest: string;
  if (s.length === 8) {
    y = Number(s.slice(0, 4));
    rest = s.slice(4);
  } else if (s.length === 6) {
    const yy = Number(s.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = s.slice(2);
  } else {
    return undefined;
  }
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}
