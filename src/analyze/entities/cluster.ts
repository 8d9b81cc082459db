import type { EntityType } from "../../model/record.js";
import { ARABIC_ARTICLES, isUpper, type GazEntry, type Knowledge } from "../../knowledge/index.js";
import { LOW_SCORE, MIN_PROPOSED_CITY, SURE_SCORE, type Mention } from "./candidates.js";
import { fullGivenName } from "./nicknames.js";
import { isSuffixKey } from "./regnal.js";
import { keyOf, looksLikeName, oneLine, type Doc } from "./regions.js";
import { HONORIFICS, titleAt } from "./titles.js";

export type MentionKind = "name" | "nominal" | "pronoun";

export interface Role {
  title: string;
  org?: string;
  country?: string;
}

/** One entity being built: its mentions (word ranges), what the gazetteer and the text say about it. */
export interface Cluster {
  type: EntityType;
  named: boolean;
  entry?: GazEntry;
  /** Canonical name when known up front (gazetteer, role-only people); else chosen from mentions. */
  name?: string;
  mentions: { a: number; b: number; kind: MentionKind }[];
  roles: Role[];
  affiliations: { name: string; cluster?: Cluster }[];
  country?: string;
}

const isPart = (key: string) => key.length >= 2 && /\p{L}/u.test(key) && !HONORIFICS.has(key) && key !== "'s";

/** The whitespace-separated parts of words [a, b): "Jean-Luc Martin-Dubois" -> ["jean - luc", "martin - dubois"]. */
export function nameChunks(doc: Doc, a: number, b: number): string[] {
  const chunks: string[] = [];
  let cur = doc.words[a]!.key;
  for (let i = a + 1; i < b; i++) {
    if (doc.words[i]!.start === doc.words[i - 1]!.end) cur += ` ${doc.words[i]!.key}`;
    else {
      chunks.push(cur);
      cur = doc.words[i]!.key;
    }
  }
  chunks.push(cur);
  return chunks;
}

/** Lower-case words inside names: "von der Leyen", "da Silva", "bin Salman". */
const NAME_PARTICLES = new Set([
  "von",
  "van",
  "der",
  "den",
  "de",
  "da",
  "di",
  "du",
  "le",
  "la",
  "al",
  "el",
  "bin",
  "ibn",
  "ter",
  "ten",
  "des",
  "dos",
  "das",
  "del",
]);

/** A family name opened by an Arabic article: "al - sisi" is also "sisi". */
const ARTICLE_CHUNK = new RegExp(`^(?:${ARABIC_ARTICLES}) - (.+)$`);

/**
 * A person's name without middle initials and with the full form of a short given name: "Charles E. Schumer",
 * "Charles Schumer" and "Chuck Schumer" are one person.
 */
function personKey(doc: Doc, a: number, b: number): string {
  const chunks = nameChunks(doc, a, b);
  if (chunks.length > 1) chunks[0] = fullGivenName(chunks[0]!);
  if (chunks.length < 3) return chunks.join(" ");
  return chunks.filter((c, i) => i === 0 || i === chunks.length - 1 || !/^\p{L}( \.)?$/u.test(c)).join(" ");
}

/**
 * The parts of a PERSON name that alone can refer back to it: the family name ("Kishida"), and the
 * first part ("Mao" of Mao Ning, family name first), marked `last: false`.
 */
function nameParts(doc: Doc, c: Cluster): Map<string, boolean> {
  const parts = new Map<string, boolean>();
  for (const m of c.mentions) {
    if (m.kind !== "name") continue;
    const chunks = nameChunks(doc, m.a, m.b);
    // "II" of Elizabeth II and "Jr." of Donald Trump Jr. are nobody's family name; "Trump Jr." is one.
    const generation = isSuffixKey(chunks[chunks.length - 1]!) ? chunks.pop() : undefined;
    if (chunks.length < 2) continue;
    // Family names: every proper suffix ("Hollander", "Den Hollander" of Roy Den Hollander).
    for (let i = 1; i < chunks.length; i++) {
      const suffix = chunks.slice(i).join(" ");
      if (!isPart(suffix)) continue;
      parts.set(suffix, true);
      if (generation) parts.set(`${suffix} ${generation}`, true);
    }
    // "al-Sisi" is also "Sisi".
    const particle = ARTICLE_CHUNK.exec(chunks[chunks.length - 1]!);
    if (particle && isPart(particle[1]!)) parts.set(particle[1]!, true);
    // Given names and middle names ("Lula" of Luiz Inacio Lula da Silva), weaker than family names.
    for (let i = 0; i < chunks.length - 1; i++) {
      const c = chunks[i]!;
      if (isPart(c) && !parts.has(c) && !NAME_PARTICLES.has(c) && (i === 0 || c.length >= 3)) parts.set(c, false);
    }
  }
  return parts;
}

interface Owner {
  cluster: Cluster;
  /** The part is this person's last name. */
  last: boolean;
}

/** Where each cluster was mentioned, for "how often / how recently before word i" in O(log n). */
class Seen {
  private readonly base = new Map<Cluster, number[]>();
  private readonly added = new Map<Cluster, number[]>();

  constructor(clusters: readonly Cluster[]) {
    for (const c of clusters)
      this.base.set(
        c,
        c.mentions.map((m) => m.a).sort((x, y) => x - y),
      );
  }

  /** Records a mention; callers add in increasing position, so the list stays sorted. */
  add(c: Cluster, a: number): void {
    const list = this.added.get(c) ?? [];
    list.push(a);
    this.added.set(c, list);
  }

  /** How many mentions come before word `at`, and the latest of them (-1 if none). */
  before(c: Cluster, at: number): { count: number; last: number } {
    let count = 0;
    let last = -1;
    for (const list of [this.base.get(c), this.added.get(c)]) {
      if (!list) continue;
      const n = lowerBound(list, at);
      count += n;
      if (n) last = Math.max(last, list[n - 1]!);
    }
    return { count, last };
  }
}

function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "COLORADO 70 65 .519 5": a name followed by figures heads a row of a results table, where the tagger's guess stands. */
function tableRow(doc: Doc, b: number): boolean {
  const w = doc.words;
  return b + 1 < w.length && doc.regionOf[b + 1] === doc.regionOf[b - 1] && /^\d/.test(w[b]!.text) && /^[\d.]/.test(w[b + 1]!.text);
}

/** At most this many people sharing one name part are weighed (keeps a hostile article linear). */
const MAX_OWNERS = 16;

/**
 * Which person a short name refers to when several share it: people whose family name it is before
 * those whose given name it is; one named far more often so far (the story's main "Trump", not a
 * relative named once); else the one named most recently in the same paragraph; else the most named.
 */
function pickOwner(doc: Doc, seen: Seen, owners: readonly Owner[], at: number): Cluster {
  const lastNames = owners.filter((o) => o.last);
  const pool = (lastNames.length ? lastNames : owners).map((o) => o.cluster);
  if (pool.length === 1) return pool[0]!;
  const stats = pool.map((c) => seen.before(c, at));
  const counts = stats.map((x) => x.count);
  const top = Math.max(...counts);
  const second = Math.max(...counts.filter((_, i) => i !== counts.indexOf(top)));
  if (top >= 2 * second + 1) return pool[counts.indexOf(top)]!;
  const region = doc.regionOf[at];
  let best: Cluster | undefined;
  let bestAt = -1;
  stats.forEach((x, i) => {
    if (x.last > bestAt && doc.regionOf[x.last] === region) {
      best = pool[i];
      bestAt = x.last;
    }
  });
  return best ?? pool[counts.indexOf(top)]!;
}

/**
 * Groups name mentions into entities: same gazetteer entry (U.S. = United States), same name, or a
 * family or given name of a full PERSON name in the article (Kishida = Fumio Kishida, Mao = Mao Ning,
 * nearest preceding full name when several share it). Then finds the names again where the tagger
 * missed them (headlines, ALL CAPS, sentence starts). Linear in the number of words.
 */
export function clusterMentions(doc: Doc, mentions: readonly Mention[], k: Knowledge): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const covered = new Uint8Array(doc.words.length);
  // Capitals say nothing in ALL-CAPS and Title-Case lines, unless nothing else is there to go on.
  const allWeak = doc.regions.every((r) => r.style !== "normal");
  const weak = (m: { a: number }) => !allWeak && doc.regions[doc.regionOf[m.a]!]!.style !== "normal";
  const add = (key: string, m: Mention) => {
    let c = byKey.get(key);
    if (!c) {
      c = { type: m.type, named: true, mentions: [], roles: [], affiliations: [] };
      if (m.entry && m.entry.kind !== "person") c.name = m.entry.name;
      if (m.entry) c.entry = m.entry;
      if (m.entry?.country) c.country = m.entry.country;
      byKey.set(key, c);
      clusters.push(c);
    } else if (m.entry && !c.entry) {
      c.entry = m.entry;
      if (m.entry.country && !c.country) c.country = m.entry.country;
    }
    c.mentions.push({ a: m.a, b: m.b, kind: "name" });
    for (let i = m.a; i < m.b; i++) covered[i] = 1;
    const v = votes.get(c) ?? new Map<EntityType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
    votes.set(c, v);
  };
  // One name, one entity: "Voice of America" tagged MISC once and ORG twice is one ORG.
  const votes = new Map<Cluster, Map<EntityType, number>>();
  const clusterKey = (m: Mention) => {
    if (m.entry && m.entry.kind !== "person") return m.entry.id;
    if (m.placed) return `PLACE:${keyOf(doc, m.a, m.b)}`;
    const end = m.base ?? m.b;
    // "The Apprentice" and "Apprentice" are one name.
    const a = end - m.a > 1 && doc.words[m.a]!.key === "the" ? m.a + 1 : m.a;
    // "Trump" read as a person, an organisation and MISC is one entity; votes type it.
    if (end - a === 1) return `WORD:${doc.words[a]!.key}`;
    // "Dylann Roof" read as a person in the story and as an organisation in a caption is one entity too.
    return m.type === "PERSON" || looksLikeName(doc, a, end) ? `NAME:${personKey(doc, a, end)}` : `NAME:${keyOf(doc, a, end)}`;
  };

  // 1. Full names and gazetteer-resolved mentions from normal prose. Short names, names in weak-case
  // lines and other types' mentions that may be part of a person's name wait for step 2.
  const suffixes = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "PERSON" || m.entry) continue;
    const chunks = nameChunks(doc, m.a, m.b);
    for (let i = 1; i < chunks.length - 1; i++) suffixes.add(chunks.slice(i).join(" "));
  }
  const deferred: Mention[] = [];
  for (const m of withPlacedNames(doc, mentions)) {
    // A group word may also be a family name ("Black": NORP, or Conrad Black).
    const group = m.entry?.kind === "group" && m.b - m.a === 1;
    const titled = m.type !== "PERSON" && !m.entry && (titleAt(doc.words, m.a, m.b)?.b ?? m.b) < m.b;
    // A place's name the tagger read as a person's waits to see whether a full name owns it ("Jordan" of Neil Jordan).
    const personal = m.taggedPerson === true && m.b - m.a === 1;
    // So does a town's name the tagger was unsure of ("Rivera" of Wilson Rivera, not the town in Uruguay).
    const townish =
      m.entry?.kind === "city" && m.b - m.a === 1 && (m.entry.population ?? 0) < MIN_PROPOSED_CITY && (m.score ?? 1) < SURE_SCORE;
    const short =
      group ||
      titled ||
      personal ||
      townish ||
      (!m.entry && (nameChunks(doc, m.a, m.b).length === 1 || suffixes.has(keyOf(doc, m.a, m.b))));
    // A place the words around it name ("Hampton, Virginia,") is nobody's family name.
    if (!m.placed && ((weak(m) && !m.entry) || short)) deferred.push(m);
    else add(clusterKey(m), m);
  }
  // 2. Name parts of full PERSON names, for short mentions and for finding missed ones.
  const parts = new Map<string, Owner[]>();
  for (const c of clusters) {
    if (c.type !== "PERSON") continue;
    for (const [p, last] of nameParts(doc, c)) {
      const list = parts.get(p) ?? [];
      if (list.length < MAX_OWNERS) list.push({ cluster: c, last });
      parts.set(p, list);
    }
  }
  // Surface forms of every named cluster, for weak-case regions and missed mentions.
  const surfaces = new Map<string, Cluster>();
  for (const c of clusters) for (const m of c.mentions) surfaces.set(keyOf(doc, m.a, m.b), c);
  // Head words of organisations named in full: "the Commission" after "European Commission".
  const orgHeads = new Map<string, Cluster | null>();
  for (const c of clusters) {
    if (c.type !== "ORG") continue;
    for (const m of c.mentions) {
      if (m.b - m.a < 2) continue;
      const head = doc.words[m.b - 1]!.key;
      const prev = orgHeads.get(head);
      orgHeads.set(head, prev === undefined || prev === c ? c : null);
    }
  }
  let seen = new Seen(clusters);
  for (const d of deferred) {
    // "Judge Salas" tagged as an organisation is the person Salas.
    const t = d.type !== "PERSON" ? titleAt(doc.words, d.a, d.b) : undefined;
    let m = t && t.b < d.b && parts.has(keyOf(doc, t.b, d.b)) ? { ...d, a: t.b, type: "PERSON" as const } : d;
    // "Von der Leyen" when the tagger took only "Leyen": name particles before it belong to the name.
    let a = m.a;
    const lo = doc.regions[doc.regionOf[m.a]!]!.first;
    while (a > lo && NAME_PARTICLES.has(doc.words[a - 1]!.key) && !covered[a - 1]) a--;
    for (; a < m.a; a++) {
      if (parts.has(keyOf(doc, a, m.b))) {
        m = { ...m, a };
        break;
      }
    }
    const key = keyOf(doc, m.a, m.b);
    const owners = parts.get(key);
    const org = m.type === "ORG" && m.b - m.a === 1 ? orgHeads.get(key) : undefined;
    if (org) {
      org.mentions.push({ a: m.a, b: m.b, kind: "name" });
      for (let i = m.a; i < m.b; i++) covered[i] = 1;
    } else if (owners) {
      const c = pickOwner(doc, seen, owners, m.a);
      c.mentions.push({ a: m.a, b: m.b, kind: "name" });
      seen.add(c, m.a);
      for (let i = m.a; i < m.b; i++) covered[i] = 1;
    } else if (surfaces.has(key) || !weak(m) || (m.score ?? 0) >= SURE_SCORE || m.entry?.kind === "city" || tableRow(doc, m.b)) {
      // In prose the tagger's type stands ("NEW YORK" the team is no city); weak-case lines take the known name's.
      const known = surfaces.get(key);
      const c = known && ((weak(m) && (m.score ?? 0) < SURE_SCORE) || known.type === m.type) ? known : undefined;
      if (c) {
        c.mentions.push({ a: m.a, b: m.b, kind: "name" });
        for (let i = m.a; i < m.b; i++) covered[i] = 1;
      } else {
        add(clusterKey(m), m);
      }
    }
  }
  // 3. Missed mentions: known full names and PERSON name parts, in name-like case, not already covered.
  const starts = new Map<string, { keys: string[]; cluster?: Cluster; owners?: Owner[] }[]>();
  const register = (key: string, v: { keys: string[]; cluster?: Cluster; owners?: Owner[] }) => {
    const first = v.keys[0]!;
    const list = starts.get(first) ?? [];
    list.push(v);
    starts.set(first, list);
  };
  for (const [key, c] of surfaces) if (c.type === "PERSON" || key.includes(" ")) register(key, { keys: key.split(" "), cluster: c });
  for (const [p, owners] of parts) if (!k.gazetteer.lookup(p)) register(p, { keys: p.split(" "), owners });
  for (const [first, list] of starts) {
    list.sort((x, y) => y.keys.length - x.keys.length);
    if (list.length > MAX_OWNERS * 4) starts.set(first, list.slice(0, MAX_OWNERS * 4));
  }
  const n = doc.words.length;
  seen = new Seen(clusters);
  for (let i = 0; i < n; i++) {
    if (covered[i]) continue;
    const list = starts.get(doc.words[i]!.key);
    if (!list) continue;
    for (const v of list) {
      const b = i + v.keys.length;
      if (b > n || doc.regionOf[b - 1] !== doc.regionOf[i]) continue;
      let ok = true;
      for (let j = 1; j < v.keys.length && ok; j++) ok = doc.words[i + j]!.key === v.keys[j] && !covered[i + j];
      // A given name alone at a sentence start is too often a word ("Will", "Rose").
      const givenOnly = v.owners?.every((o) => !o.last) && doc.initial[i];
      if (!ok || givenOnly || !looksLikeName(doc, i, b) || !oneLine(doc, i, b)) continue;
      const c = v.cluster ?? pickOwner(doc, seen, v.owners!, i);
      c.mentions.push({ a: i, b, kind: "name" });
      seen.add(c, i);
      for (let j = i; j < b; j++) covered[j] = 1;
      i = b - 1;
      break;
    }
  }
  for (const [c, v] of votes) {
    if (c.entry) continue;
    let best = c.type;
    for (const [type, n] of v) if (n > (v.get(best) ?? 0)) best = type;
    c.type = best;
  }
  // "Pirelli shares rose", "Jones stock closed": a one-word name whose shares trade is a company.
  for (const c of clusters) {
    if (c.entry || c.type === "ORG" || !c.mentions.every((m) => m.b - m.a === 1)) continue;
    if (c.mentions.some((m) => tradedAfter(doc, m.b))) c.type = "ORG";
  }
  mergeAcronyms(doc, clusters);
  for (const c of clusters) if (c.type === "ORG" && !c.country) nationalOrg(doc, c, k);
  return clusters;
}

/**
 * A name the words around it place (the dateline "MAHALA, Bosnia", or "Warren, Michigan,") is a place:
 * unsure mentions of the same name (tagger score under LOW_SCORE) are that place too; sure ones keep
 * their own entity ("WIGAN" the team).
 */
function withPlacedNames(doc: Doc, mentions: readonly Mention[]): readonly Mention[] {
  const places = new Map<string, EntityType>();
  for (const m of mentions) if (m.placed && !m.entry) places.set(keyOf(doc, m.a, m.b), m.type);
  if (places.size === 0) return mentions;
  return mentions.map((m) => {
    const type = m.entry ? undefined : places.get(keyOf(doc, m.a, m.b));
    return type && !m.placed && (m.score ?? 1) < LOW_SCORE ? { ...m, type, placed: true } : m;
  });
}

const MOVES = new Set([
  "rose",
  "fell",
  "closed",
  "jumped",
  "slid",
  "gained",
  "dropped",
  "traded",
  "ended",
  "climbed",
  "sank",
  "plunged",
  "tumbled",
  "surged",
  "soared",
  "slumped",
  "reacted",
  "were",
  "are",
]);

/** How a price moves in a quote ("was up 1/8", "fell 20 cents"). */
const PRICE_MOVES = new Set([
  "up",
  "down",
  "rose",
  "fell",
  "gained",
  "lost",
  "added",
  "shed",
  "climbed",
  "dropped",
  "slipped",
  "jumped",
  "eased",
  "firmed",
]);

/**
 * Words from b read "('s) shares rose", "('s) stock closed" (not "shares a video", not "stock market"), or quote
 * a price ("was up 1/8 to 48-1/4", "fell 20 cents"; not "rose 5 points in the polls").
 */
function tradedAfter(doc: Doc, b: number): boolean {
  const w = doc.words;
  const region = doc.regionOf[b - 1];
  let i = b;
  if (i < w.length && w[i]!.key === "'s") i++;
  const at = (j: number) => (j < w.length && doc.regionOf[j] === region ? w[j]!.key : "");
  if (at(i) === "stock") return !/^(market|markets|exchange|index)$/.test(at(i + 1));
  if (at(i) === "shares") return i > b || MOVES.has(at(i + 1));
  // A price quote: "Magna was up 1/8 to 48-1/4", "Vantor fell 20 cents", "Ortec rose $1.25".
  if (/^(was|were|closed|ended|finished|traded)$/.test(at(i))) i++;
  if (!PRICE_MOVES.has(at(i))) return false;
  const amount = at(i + 1);
  const fraction = /^\d+$/.test(amount) && at(i + 2) === "/" && /^\d+$/.test(at(i + 3));
  return fraction || /^[$€£¥]$/.test(amount) || (/^\d+$/.test(amount) && /^(cents?|pence|yen)$/.test(at(i + 2)));
}

/** "Chinese Foreign Ministry", "Japan Coast Guard": an organisation named after its country is of that country. */
function nationalOrg(doc: Doc, c: Cluster, k: Knowledge): void {
  const m = c.mentions.find((x) => x.kind === "name" && x.b - x.a >= 2);
  const hit = m && k.gazetteer.matchAt(doc.words, m.a);
  const e = hit?.phrase.entry;
  if (hit && m && m.a + hit.words < m.b && e?.country && (e.kind === "country" || e.kind === "demonym")) c.country = e.country;
}

const MINOR = new Set(["of", "the", "and", "for", "on", "in", "&", "-", "to", "de", "la"]);

/** "Government Accountability Office" ... "GAO": an organisation known only by the initials of one named in full. */
function mergeAcronyms(doc: Doc, clusters: readonly Cluster[]): void {
  const byInitials = new Map<string, Cluster | null>();
  for (const c of clusters) {
    if (c.type !== "ORG") continue;
    for (const m of c.mentions) {
      if (m.kind !== "name" || m.b - m.a < 2) continue;
      const initials = doc.words
        .slice(m.a, m.b)
        .filter((w) => !MINOR.has(w.key))
        .map((w) => w.key[0])
        .join("");
      if (initials.length < 2) continue;
      const prev = byInitials.get(initials);
      byInitials.set(initials, prev === undefined || prev === c ? c : null);
    }
  }
  for (const c of clusters) {
    if (c.type !== "ORG" || c.entry || !c.mentions.length) continue;
    const single = c.mentions.every((m) => m.b - m.a === 1 && isUpper(doc.words[m.a]!.text));
    const target = single ? byInitials.get(doc.words[c.mentions[0]!.a]!.key) : undefined;
    if (!target || target === c) continue;
    for (const m of c.mentions) target.mentions.push(m);
    c.mentions = [];
  }
}
