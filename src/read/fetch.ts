import { VERSION } from "../version.js";
import type { RawInput } from "./article.js";

/** Limits for following feed links (`--fetch`); every default errs on the polite side. */
export interface FetchOptions {
  /** Pages fetched at most in one run (default 100). */
  maxPages?: number;
  /** Pause between two requests to the same host, in ms (default 1000). */
  delayMs?: number;
  /** Time allowed for one request, in ms (default 15000). */
  timeoutMs?: number;
  /** A page larger than this is cut (default 8 MiB). */
  maxBytes?: number;
}

export const FETCH_DEFAULTS: Required<FetchOptions> = { maxPages: 100, delayMs: 1000, timeoutMs: 15_000, maxBytes: 8 * 1024 * 1024 };
export const USER_AGENT = `newsgraph/${VERSION} (+https://github.com/newsgraph; feed link follower)`;
const ROBOTS_MAX_BYTES = 512 * 1024;

export type Fetched = { ok: true; input: RawInput } | { ok: false; message: string };

/** The Allow/Disallow rules of robots.txt that apply to us (our group, else `*`). */
export function robotsRules(text: string): { allow: boolean; path: string }[] {
  const groups: { agents: string[]; rules: { allow: boolean; path: string }[] }[] = [];
  let current: (typeof groups)[number] | undefined;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*([\w-]+)\s*:\s*(.*?)\s*$/.exec(raw.replace(/#.*/, ""));
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    if (key === "user-agent") {
      if (!lastWasAgent) groups.push((current = { agents: [], rules: [] }));
      current!.agents.push(m[2]!.toLowerCase());
      lastWasAgent = true;
    } else {
      lastWasAgent = false;
      if (current && (key === "allow" || key === "disallow") && m[2]) current.rules.push({ allow: key === "allow", path: m[2] });
    }
  }
  const ours = groups.filter((g) => g.agents.includes("newsgraph"));
  return (ours.length ? ours : groups.filter((g) => g.agents.includes("*"))).flatMap((g) => g.rules);
}

/** Longest matching rule wins; `*` and `$` as in the robots.txt standard (RFC 9309). */
export function allowedBy(rules: { allow: boolean; path: string }[], path: string): boolean {
  let best: { allow: boolean; path: string } | undefined;
  for (const r of rules) {
    const pattern = new RegExp(`^${r.path.replace(/[.+?^{}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}`);
    if (pattern.test(path) && (!best || r.path.length > best.path.length || (r.path.length === best.path.length && r.allow))) best = r;
  }
  return best?.allow ?? true;
}

/**
 * Fetches the pages feed items link to, politely: http(s) only, robots.txt obeyed, one request
 * per host per `delayMs`, at most `maxPages` pages, HTML only, size and time capped.
 */
export class PoliteFetcher {
  private readonly opts: Required<FetchOptions>;
  private readonly nextSlot = new Map<string, number>();
  private readonly robots = new Map<string, Promise<{ allow: boolean; path: string }[]>>();
  private fetched = 0;

  constructor(options: FetchOptions = {}) {
    this.opts = { ...FETCH_DEFAULTS, ...options };
  }

  private async wait(host: string): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, at + this.opts.delayMs);
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
  }

  private async get(url: URL, maxBytes: number): Promise<{ status: number; url: string; contentType: string; bytes: Uint8Array }> {
    await this.wait(url.host);
    try {
      const res = await fetch(url, {
        headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1" },
        redirect: "follow",
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (res.body) {
        for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
          chunks.push(chunk.subarray(0, Math.max(0, maxBytes - size)));
          size += chunk.length;
          if (size >= maxBytes) break;
        }
      }
      return {
        status: res.status,
        url: res.url || url.href,
        contentType: res.headers.get("content-type") ?? "",
        bytes: Buffer.concat(chunks),
      };
    } finally {
      // The pause runs from the end of this request, so a slow server is asked less often.
      this.nextSlot.set(url.host, Date.now() + this.opts.delayMs);
    }
  }

  private rulesFor(url: URL): Promise<{ allow: boolean; path: string }[]> {
    let rules = this.robots.get(url.origin);
    if (!rules) {
      rules = this.get(new URL("/robots.txt", url), ROBOTS_MAX_BYTES).then(
        (r) => (r.status >= 200 && r.status < 300 ? robotsRules(Buffer.from(r.bytes).toString("utf8")) : []),
        () => [],
      );
      this.robots.set(url.origin, rules);
    }
    return rules;
  }

  async fetch(link: string): Promise<Fetched> {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      return { ok: false, message: `"${link}" is not a URL` };
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      return { ok: false, message: `${link}: only http and https links are followed` };
    if (this.fetched >= this.opts.maxPages)
      return { ok: false, message: `${link}: not fetched, the limit of ${this.opts.maxPages} pages per run was reached` };
    if (!allowedBy(await this.rulesFor(url), url.pathname + url.search)) return { ok: false, message: `${link}: robots.txt disallows it` };
    this.fetched++;
    try {
      const page = await this.get(url, this.opts.maxBytes);
      if (page.status !== 200) return { ok: false, message: `${link}: HTTP status ${page.status}` };
      if (!/^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(page.contentType))
        return { ok: false, message: `${link}: not HTML (${page.contentType || "no content type"})` };
      return { ok: true, input: { bytes: page.bytes, url: page.url, contentType: page.contentType } };
    } catch (err) {
      return {
        ok: false,
        message: `${link}: ${(err as Error).name === "TimeoutError" ? `no answer within ${this.opts.timeoutMs} ms` : (err as Error).message}`,
      };
    }
  }
}
