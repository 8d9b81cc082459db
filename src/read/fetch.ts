import { VERSION } from "../version.js";
import type { Fetched, Fetcher } from "./article.js";
import { NO_ROBOTS, readRobots, unreachable, type Robots } from "./robots.js";

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
/** The longest Crawl-delay kept, in seconds; a site asking for more is not fetched. */
const MAX_CRAWL_DELAY = 60;
/** Redirects followed at most for one link (RFC 9309 asks at least five for robots.txt). */
const MAX_REDIRECTS = 5;
const REDIRECT = new Set([301, 302, 303, 307, 308]);
/** What a followed link asks for: a page. */
const ACCEPT_PAGE = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
/** Bytes read at most of an address the user named (a sitemap may hold 50 MB, by its protocol). */
const LIST_MAX_BYTES = 64 * 1024 * 1024;
/** Types no reader takes, refused even when any type is asked for (an image is no text). */
const MEDIA = /^\s*(?:image|audio|video|font)\/|^\s*application\/pdf\b/i;
/** What an address the user named asks for: a page, a feed, a sitemap, an export. */
const ACCEPT_ANY =
  "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json;q=0.9,application/xml,text/xml,application/json;q=0.8,*/*;q=0.5";

/** A redirect not followed (too many, to no URL, off http(s), disallowed): the server did answer. */
class RedirectRefused extends Error {}

/**
 * Fetches web addresses and the pages links lead to, politely: http(s) only, robots.txt obeyed (its
 * Crawl-delay too, up to MAX_CRAWL_DELAY), one request at a time to a host and `delayMs` between
 * two, at most `maxPages` pages, each link once, HTML only unless any type is asked for, size and
 * time capped. Calls may overlap (hosts are asked in parallel); which links are admitted (seen, the
 * limit, robots.txt) is decided in the order of the calls, so a run's output does not depend on
 * timing.
 */
export class PoliteFetcher implements Fetcher {
  private readonly opts: Required<FetchOptions>;
  private readonly nextSlot = new Map<string, number>();
  private readonly robots = new Map<string, Promise<Robots>>();
  /** A host's pause between requests when its robots.txt asks for more than `delayMs` (Crawl-delay), in ms. */
  private readonly hostPause = new Map<string, number>();
  private fetched = 0;
  /** The links fetched in this run (as many as `maxPages`). */
  private readonly seen = new Set<string>();
  /** Admissions are decided one after another, in call order. */
  private gate: Promise<unknown> = Promise.resolve();
  /** Per host, the request that runs last: the next one waits for it to end. */
  private readonly hostTail = new Map<string, Promise<void>>();

  constructor(options: FetchOptions = {}) {
    this.opts = { ...FETCH_DEFAULTS, ...options };
  }

  /** Runs `job` when the host's previous request has ended and its pause has passed. */
  private async turn<T>(host: string, job: () => Promise<T>): Promise<T> {
    const before = this.hostTail.get(host) ?? Promise.resolve();
    let done!: () => void;
    const ended = new Promise<void>((r) => (done = r));
    const mine = before.then(() => ended);
    this.hostTail.set(host, mine);
    await before;
    const wait = (this.nextSlot.get(host) ?? 0) - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    try {
      return await job();
    } finally {
      // The pause runs from the end of this request, so a slow server is asked less often.
      this.nextSlot.set(host, Date.now() + Math.max(this.opts.delayMs, this.hostPause.get(host) ?? 0));
      done();
      if (this.hostTail.get(host) === mine) this.hostTail.delete(host);
    }
  }

  private async get(
    url: URL,
    maxBytes: number,
    accept: string,
  ): Promise<{ status: number; url: string; location?: string; contentType: string; bytes: Uint8Array; cut: boolean }> {
    return this.turn(url.host, async () => {
      const res = await fetch(url, {
        headers: { "user-agent": USER_AGENT, accept },
        // Each hop is checked (scheme, robots.txt, the host's pause) before it is requested.
        redirect: "manual",
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (res.body) {
        for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
          chunks.push(chunk.subarray(0, Math.max(0, maxBytes - size)));
          size += chunk.length;
          if (size > maxBytes) break;
        }
      }
      return {
        status: res.status,
        url: url.href,
        location: res.headers.get("location") ?? undefined,
        contentType: res.headers.get("content-type") ?? "",
        bytes: Buffer.concat(chunks),
        cut: size > maxBytes,
      };
    });
  }

  /**
   * Requests `url`, following redirects: each hop must be http(s) and, when `check` is given,
   * pass it (robots.txt). The last answer, or why a hop was refused.
   */
  private async follow(url: URL, maxBytes: number, accept: string, check?: (url: URL) => Promise<string | undefined>) {
    for (let hops = 0; ; hops++) {
      const answer = await this.get(url, maxBytes, accept);
      if (!REDIRECT.has(answer.status) || !answer.location) return answer;
      if (hops === MAX_REDIRECTS) throw new RedirectRefused(`more than ${MAX_REDIRECTS} redirects`);
      let next: URL;
      try {
        next = new URL(answer.location, url);
      } catch {
        throw new RedirectRefused(`a redirect to "${answer.location.slice(0, 200)}", which is not a URL`);
      }
      if (next.protocol !== "http:" && next.protocol !== "https:") throw new RedirectRefused(`a redirect to ${next.protocol}, not http(s)`);
      const refused = await check?.(next);
      if (refused) throw new RedirectRefused(`redirected to ${next.href}, ${refused}`);
      url = next;
    }
  }

  /**
   * The site's robots.txt, asked for once per origin: none (all allowed) when the server says there
   * is none (4xx); when it answers with an error or not at all, nothing of the site is fetched.
   */
  private robotsFor(url: URL): Promise<Robots> {
    let robots = this.robots.get(url.origin);
    if (!robots) {
      robots = this.follow(new URL("/robots.txt", url), ROBOTS_MAX_BYTES, "text/plain").then(
        (r) =>
          r.status >= 200 && r.status < 300
            ? readRobots(url.origin, Buffer.from(r.bytes).toString("utf8"))
            : r.status >= 500
              ? unreachable(`HTTP status ${r.status}`)
              : NO_ROBOTS,
        // Redirects not followed leave robots.txt unavailable, as a 4xx does (RFC 9309 2.3.1.2); no answer is unreachable.
        (err: Error) => (err instanceof RedirectRefused ? NO_ROBOTS : unreachable(err.name === "TimeoutError" ? "no answer" : err.message)),
      );
      void robots.then(({ delay }) => {
        if (delay === undefined) return;
        const pause = Math.min(delay, MAX_CRAWL_DELAY) * 1000;
        this.hostPause.set(url.host, pause);
        // The robots.txt request itself is one of the site's requests: the first page waits too.
        this.nextSlot.set(url.host, Math.max(this.nextSlot.get(url.host) ?? 0, Date.now() + pause));
      });
      this.robots.set(url.origin, robots);
    }
    return robots;
  }

  /**
   * What robots.txt says against fetching `url` ("disallows it"), or undefined when it may be
   * fetched: a path it disallows, a server error on it, a Crawl-delay longer than we wait.
   */
  private async barred(url: URL): Promise<string | undefined> {
    const site = await this.robotsFor(url);
    if (site.unreachable) return `could not be read (${site.unreachable}), so nothing of the site is fetched`;
    if (!site.allows(url)) return "disallows it";
    if (site.delay !== undefined && site.delay > MAX_CRAWL_DELAY)
      return `asks for ${site.delay} s between requests, more than the ${MAX_CRAWL_DELAY} s newsgraph waits`;
    return undefined;
  }

  /** Why `url` is not fetched (seen, over the limit, barred by robots.txt), or undefined: then it counts as fetched. */
  private async admit(url: URL, link: string): Promise<string | undefined> {
    // A link listed twice (GDELT names an article in each of its events) is fetched once.
    if (this.seen.has(url.href)) return `${link}: fetched earlier in this run, not fetched again`;
    if (this.fetched >= this.opts.maxPages) return `${link}: not fetched, the limit of ${this.opts.maxPages} pages per run was reached`;
    const barred = await this.barred(url);
    if (barred) return `${link}: robots.txt ${barred}`;
    this.fetched++;
    this.seen.add(url.href);
    return undefined;
  }

  /**
   * Fetches `link`: an HTML page, or with `anyType` whatever the server sends (the caller tells
   * its kind from the content). Never throws: a refusal or a failure is a message.
   */
  async fetch(link: string, { anyType = false }: { anyType?: boolean } = {}): Promise<Fetched> {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      return { ok: false, message: `"${link}" is not a URL` };
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      return { ok: false, message: `${link}: only http and https links are followed` };
    // A fragment is never sent: "/story#comments" is the page "/story", fetched once.
    url.hash = "";
    // Each redirect's target is checked too.
    const robots = async (u: URL) => {
      const why = await this.barred(u);
      return why && `whose robots.txt ${why}`;
    };
    // robots.txt is asked for now, so that hosts new to the run do not wait for each other at the gate.
    if (!this.seen.has(url.href) && this.fetched < this.opts.maxPages) void this.robotsFor(url);
    const admitted = this.gate.then(() => this.admit(url, link));
    this.gate = admitted.catch(() => undefined);
    const refused = await admitted;
    if (refused) return { ok: false, message: refused };
    try {
      const limit = anyType ? Math.max(this.opts.maxBytes, LIST_MAX_BYTES) : this.opts.maxBytes;
      const page = await this.follow(url, limit, anyType ? ACCEPT_ANY : ACCEPT_PAGE, robots);
      if (page.status !== 200) return { ok: false, message: `${link}: HTTP status ${page.status}` };
      if (!anyType && !/^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(page.contentType))
        return { ok: false, message: `${link}: not HTML (${page.contentType || "no content type"})` };
      if (anyType && MEDIA.test(page.contentType)) return { ok: false, message: `${link}: not text (${page.contentType})` };
      return {
        ok: true,
        input: { bytes: page.bytes, url: page.url, contentType: page.contentType },
        ...(page.cut ? { cutAt: limit } : {}),
      };
    } catch (err) {
      return {
        ok: false,
        message: `${link}: ${(err as Error).name === "TimeoutError" ? `no answer within ${this.opts.timeoutMs} ms` : (err as Error).message}`,
      };
    }
  }
}
