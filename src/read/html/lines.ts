/**
 * What a short line of page text is, from its words alone: page furniture (labels, promotions,
 * sign-up pitches, consent and tag lines), a printed byline, a photo credit, a line that only
 * dates the story. Each test applies up to a length past which the line is article text.
 */
import { findDates, WEEKDAY_WORD } from "../date-parse.js";
import { BY_WORDS } from "./metadata/byline.js";

/** A short block naming a photo source is a caption. */
const CREDIT = /©|\b(?:photo|image|picture)(?:graph)?s?\s*(?:by\b|:|credit)|\bcredit\s*:|getty images|shutterstock/i;
const CREDIT_MAX = 300;
/** A line that only dates the story ("Nov. 20, 2019 6:02 AM EST", "Updated: 3 March 2024"). */
const DATE_LINE_MAX = 80;
/** What a date line may hold besides the date: weekday, label, time, zone, separators. */
const DATE_LINE_REST = new RegExp(
  String.raw`\b(?:${WEEKDAY_WORD}|updated|published|posted|last|on|at|a\.?m|p\.?m|[a-z]{1,4}t|utc|gmt)\b\.?|[\d\s:.,|•·/()-]`,
  "gi",
);

/** A short line "By Name Surname" inside the body is a byline, and so is "Von …", "Par …", "Por …", "Door …", "Af …". */
const BYLINE = new RegExp(
  String.raw`^(?:${BY_WORDS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).join("|")})\s+\p{Lu}[^.!?]*$`,
  "u",
);
const BYLINE_MAX = 80;
/** Links in an author box that name no one: "View all articles by this author", a profile, an address. */
const AUTHOR_BOX_LINK =
  /\b(?:view|see|read|more|all|articles|posts|profiles?|process|polic(?:y|ies)|guidelines|learn|follow|contact|e-?mail|bio|share|print|copy|facebook|twitter|linkedin|instagram|youtube|tiktok|pinterest|threads|bluesky|mastodon|reddit|whatsapp)\b|https?:|www\.|@/i;

/** Short lines that are page furniture, not article text: labels, buttons, a row of share buttons ("FacebookTwitterEmail"). */
const BOILERPLATE =
  /^(?:advertisements?|advertising|advert|ad|sponsored(?: content)?|read (?:more|next|also)\b.*|related(?: articles| stories| content| coverage| posts| reading| links| videos)?:?|share(?: this)?(?: article| story| page)?:?|follow us\b.*|sign up\b.*|subscribe\b.*|click (?:here|to)\b.*|.*\bcomment policy\b.*|continue reading\b.*|recommended(?: for you| reading)?|trending(?: now| stories)?|(?:story|article) continues (?:below|after (?:this )?(?:ad|advertisement))|more from\b.*|you may also like\b.*|see also\b.*|skip to\b.*|loading(?: \w+)?(?:\.\.\.|…)?|(?:photo|image|video)(?: credit)?:.*|posted (?:on|in|by|at):?|(?:next|previous|prev) (?:article|post|story)|(?:see|show|view|load) (?:more|less|all)|thanks? (?:you )?for (?:signing up|subscribing)!?|(?:(?:facebook|twitter|linkedin|e-?mail|pinterest|whatsapp|reddit|telegram|print)\W*){2,}|copyright\b.*|©.*|all rights reserved\.?|table of contents|contents|like this:?|like loading\.*|(?:show|hide) caption|\d+ min(?:ute)?s?\.? read|edited by\b.*|\d*\s*comments?|popular on\b.*|more:|more great\b.*|don'?t miss\b.*|.*\bshare (?:it|this)\b.*|this site is protected by recaptcha\b.*|(?:image|photo|slide) \d+ of\b.*)$/i;
const BOILERPLATE_MAX = 80;
/** "Follow Newsbeat on Instagram, Facebook and YouTube.", "Follow AP's coverage at https://…": a promotion, not the story. */
const FOLLOW =
  /^follow\b.{0,120}?(?:\bon\s+(?:(?:facebook|twitter|instagram|youtube|tiktok|linkedin|threads|bluesky|pinterest|x)\b|@\w+|\band\b|[\s,:;()&])+[.!]?|\bat\s+https?:\/\/\S+|@\w+.{0,40})$/i;
const FOLLOW_MAX = 200;
/** "Let our news meet your inbox.", "Get the Daily Brief delivered to your inbox": a sign-up box's pitch. */
const NEWSLETTER =
  /^(?:sign up|subscribe|get|let|join|receive|want)\b.{0,160}\b(?:newsletters?|inbox|delivered (?:to|through|straight))\b/i;

/** "By signing up, you agree to our Terms…", "By clicking Sign Me Up, you confirm…": a form's consent line. */
const CONSENT =
  /^by (?:using|signing up|subscribing|clicking|submitting|continuing|entering your|registering|creating an account)\b.{0,120}?\b(?:you|i) (?:agree|acknowledge|accept|confirm|consent)\b/i;
const CONSENT_MAX = 300;

/**
 * A line that files the article under tags or categories: "Tags: ferries, harbour", "Filed under
 * news | island" (a label and a colon, or a list), not a heading "Topics for discussion".
 */
const TAG_LINE = /^(?:tags|tagged(?: with| in)?|topics|categories|category|filed under)(?:\s*:\s*\S|\s[^.!?]*[,|])[^.!?]*$/i;
const TAG_LINE_MAX = 300;

/** A line of page furniture, not article text. */
export function isFurniture(text: string, len: number): boolean {
  return (
    (len <= BOILERPLATE_MAX && BOILERPLATE.test(text)) ||
    (len <= FOLLOW_MAX && (FOLLOW.test(text) || NEWSLETTER.test(text))) ||
    (len <= TAG_LINE_MAX && TAG_LINE.test(text)) ||
    (len <= CONSENT_MAX && CONSENT.test(text))
  );
}

/** A printed byline: "By Name Surname", or a line of a byline box that is no link to a profile or a network. */
export function isPrintedByline(text: string, len: number, inBylineBox: boolean): boolean {
  return len <= BYLINE_MAX && (BYLINE.test(text) || (inBylineBox && !AUTHOR_BOX_LINK.test(text)));
}

/** A short line naming a photo source. */
export function isCredit(text: string, len: number): boolean {
  return len <= CREDIT_MAX && CREDIT.test(text);
}

/** A line that only dates the story. */
export function isDateLine(text: string, len: number): boolean {
  if (len > DATE_LINE_MAX) return false;
  const d = findDates(text, 1)[0];
  if (!d) return false;
  return (text.slice(0, d.index) + text.slice(d.index + d.length)).replace(DATE_LINE_REST, "") === "";
}
