/** robots.txt (RFC 9309): which paths a site lets us fetch, and how long it asks us to wait. */

export interface RobotsRule {
  allow: boolean;
  path: string;
}

/** What robots.txt asks of us: its Allow/Disallow rules, and the Crawl-delay in seconds, if any. */
export interface Robots {
  rules: RobotsRule[];
  delay?: number;
}

/**
 * The rules of robots.txt that apply to us (our group, else `*`), and their group's Crawl-delay
 * (not in RFC 9309, but sites set it and polite crawlers keep it).
 */
export function readRobots(text: string): Robots {
  const groups: { agents: string[]; rules: RobotsRule[]; delay?: number }[] = [];
  let current: (typeof groups)[number] | undefined;
  let lastWasAgent = false;
  // RFC 9309: a line ends with CR, LF or CR LF (old Mac files end lines with CR alone).
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = raw.replace(/#.*/, "");
    const field = /^\s*([\w-]+)\s*:/.exec(line);
    if (!field) continue;
    // Trimmed here: an expression "\s*(.*?)\s*$" tried each end of a long run of spaces.
    const value = line.slice(field[0].length).trim();
    const key = field[1]!.toLowerCase();
    if (key === "user-agent") {
      if (!lastWasAgent) groups.push((current = { agents: [], rules: [] }));
      current!.agents.push(value.toLowerCase());
      lastWasAgent = true;
    } else {
      lastWasAgent = false;
      if (current && (key === "allow" || key === "disallow") && value) current.rules.push({ allow: key === "allow", path: value });
      const seconds = Number(value);
      if (current && key === "crawl-delay" && value && Number.isFinite(seconds) && seconds >= 0) current.delay = seconds;
    }
  }
  const ours = groups.filter((g) => g.agents.includes("newsgraph"));
  const applying = ours.length ? ours : groups.filter((g) => g.agents.includes("*"));
  const delays = applying.flatMap((g) => (g.delay === undefined ? [] : [g.delay]));
  return { rules: applying.flatMap((g) => g.rules), ...(delays.length ? { delay: Math.max(...delays) } : {}) };
}

/**
 * Whether `path` starts with a match of a robots.txt rule (`*` any run of characters, a final `$`
 * the end of the path). The leftmost match of each part between stars is taken, which is right for
 * such patterns and linear, where a regular expression backtracks without bound on a hostile rule
 * ("/*a*a*a*a*a*a*b").
 */
export function ruleMatches(rule: string, path: string): boolean {
  const anchored = rule.endsWith("$");
  const parts = (anchored ? rule.slice(0, -1) : rule).split("*");
  const first = parts[0]!;
  if (!path.startsWith(first)) return false;
  if (parts.length === 1) return !anchored || path.length === first.length;
  let at = first.length;
  for (const part of parts.slice(1, -1)) {
    const i = path.indexOf(part, at);
    if (i < 0) return false;
    at = i + part.length;
  }
  const last = parts.at(-1)!;
  return anchored ? path.length - last.length >= at && path.endsWith(last) : path.includes(last, at);
}

/** Longest matching rule wins, an Allow on a tie; `*` and `$` as in the robots.txt standard (RFC 9309). */
export function allowedBy(rules: RobotsRule[], path: string): boolean {
  let best: RobotsRule | undefined;
  for (const r of rules) {
    if (ruleMatches(r.path, path) && (!best || r.path.length > best.path.length || (r.path.length === best.path.length && r.allow)))
      best = r;
  }
  return best?.allow ?? true;
}
