/**
 * Crawl noise: page furniture that is neither article text nor metadata ("Advertisement",
 * share buttons, "Follow: Google News", "Also Read: ..." links). Such lines never become body.
 */

/** Noise lines are short; longer lines are never tested. */
const MAX_NOISE = 200;

const SHARE_WORDS =
  "share|shares|sharing|tweet|facebook|twitter|x|whatsapp|linkedin|email|e-mail|mail|print|copy|link|copied|telegram|reddit|pinterest|pin|save|saved|comment|comments|flipboard|koo|messenger|sms|more|via|on|this|article|story|page|url|bookmark|gift";
const SHARE_ONLY = new RegExp(`^(?=[^a-z]{0,40}[a-z])(?:(?:${SHARE_WORDS}|\\d{1,6})[\\s|•·,/:]*){1,16}$`, "i");
const FOLLOW =
  /^follow(?:\s+us)?(?:\s+on)?\s*[:|-]?\s*(?:(?:google\s+news|twitter|x|facebook|instagram|telegram|whatsapp|youtube|linkedin|threads|koo|and|&|,|\|)\s*){1,10}$/i;
/** "Follow Firstpost on Twitter and Instagram" and the like. */
const FOLLOW_SOCIAL =
  /^(?:follow|join|like)\b.{0,80}\b(?:google\s+news|twitter|facebook|instagram|telegram|whatsapp|youtube|linkedin|threads)\b.{0,40}$/i;
const PHRASES = new RegExp(
  "^(?:" +
    [
      "(?:story\\s+continues\\s+(?:below|after)\\s+(?:this\\s+)?)?advertisement(?:\\s*[-–—]?\\s*(?:continue|scroll)\\s+(?:reading|to\\s+continue).*)?",
      "ads?",
      "реклама",
      "إعلان",
      "اعلان",
      "تبلیغات",
      "विज्ञापन",
      "anzeige",
      "werbung",
      "publicidad",
      "publicité",
      "pubblicità",
      "advertentie",
      "reklam",
      "広告",
      "광고",
      "sponsored(?:\\s+(?:content|links?|stories))?",
      "promoted(?:\\s+content)?",
      "ad\\s+feedback",
      "(?:also|must|read)\\s+(?:read|watch|see)\\b.*",
      "read\\s+more\\b.*",
      "(?:more|also)\\s+on\\s+this\\b.*",
      "related(?:\\s+(?:news|stories|articles|topics|coverage|posts))?\\s*:?",
      "recommended(?:\\s+(?:for\\s+you|stories))?",
      "trending(?:\\s+(?:now|stories|news))?",
      "read\\s*[|:]\\s.*",
      "tags?\\s*:.*",
      "topics?\\s*:.*",
      "keywords?\\s*:.*",
      "find\\s+(?:the\\s+)?(?:latest|all)\\b.*",
      "home\\s*[>»›/|].{0,160}",
      "(?:(?:last\\s+)?updated|published|posted)?\\s*:?\\s*\\d{1,3}\\s+(?:sec|second|min|minute|hour|hr|day|week)s?\\s+ago",
      "top\\s+stories",
      "latest\\s+news",
      "you\\s+may\\s+also\\s+like",
      "don'?t\\s+miss\\b.*",
      "watch(?:\\s+video)?\\s*[:|]?",
      "also\\s+watch\\b.*",
      "listen\\s+to\\s+(?:this\\s+)?(?:article|story)\\b.*",
      "click\\s+here\\b.*",
      "tap\\s+here\\b.*",
      "subscribe\\b.*",
      "sign\\s+up\\b.*newsletter.*",
      "(?:get|download)\\s+(?:the|our)\\b.{0,40}\\bapp\\b.*",
      "skip\\s+to\\s+(?:main\\s+)?content",
      "skip\\s+ad",
      "continue\\s+reading\\b.*",
      "\\d{0,5}\\s*comments?",
      "leave\\s+a\\s+comment",
      "post\\s+a\\s+comment",
      "font\\s+size\\b.*",
      "text\\s+size\\b.*",
      "a-?\\s*a\\+?",
      "a\\+\\s*a-",
      "(?:catch|get)\\s+(?:all|the)\\s+(?:the\\s+)?latest\\b.{0,160}",
      "(?:first|next|previous)\\s+(?:article|story|page)",
      "back\\s+to\\s+top",
      "scroll\\s+(?:down|to\\s+continue)\\b.*",
      "loading(?:\\.\\.\\.|…)?",
      "toggle\\s+caption",
      "enlarge\\s+this\\s+image",
      "(?:image|photo|video)\\s+\\d{1,3}\\s+of\\s+\\d{1,3}",
      "\\d{1,3}\\s*/\\s*\\d{1,3}",
      "min\\s+read|\\d{1,3}\\s*min(?:ute)?s?\\s+read",
    ].join("|") +
    ")$",
  "i",
);

export function isNoise(s: string): boolean {
  if (s.length > MAX_NOISE) return false;
  return PHRASES.test(s) || FOLLOW.test(s) || FOLLOW_SOCIAL.test(s) || SHARE_ONLY.test(s);
}
