/**
 * robots.txt (RFC 9309), read by robots-parser: which paths a site lets us fetch (our group, else
 * `*`; the longest rule wins; `*` and `$`), and the Crawl-delay it asks of us, if any.
 */
import robotsModule from "robots-parser";

// The package's typings declare an ES default export; Node hands ESM the CommonJS export, which is
// the function itself.
const robotsParser = robotsModule as unknown as typeof robotsModule.default;

/** The product token robots.txt groups are matched against. */
const AGENT = "newsgraph";

/** What a site's robots.txt asks of us. */
export interface Robots {
  allows(url: URL): boolean;
  /** Crawl-delay in seconds (not in RFC 9309, but sites set it and polite crawlers keep it). */
  delay?: number;
  /** Why nothing may be fetched, when robots.txt could not be read (a server error). */
  unreachable?: string;
}

/** No robots.txt (the server says there is none, 4xx): everything is allowed. */
export const NO_ROBOTS: Robots = { allows: () => true };

/** robots.txt could not be read (5xx, no answer): RFC 9309 asks to take the whole site as disallowed. */
export function unreachable(why: string): Robots {
  return { allows: () => false, unreachable: why };
}

/** The robots.txt `text` served at `origin`. */
export function readRobots(origin: string, text: string): Robots {
  const parsed = robotsParser(`${origin}/robots.txt`, text);
  const delay = parsed.getCrawlDelay(AGENT);
  // A URL of another origin is none of this file's business (robots-parser answers undefined).
  return { allows: (url) => parsed.isAllowed(url.href, AGENT) !== false, ...(delay !== undefined && delay >= 0 ? { delay } : {}) };
}
