import type { Doc } from "./regions.js";
import type { Cluster, Role } from "./cluster.js";
import { MentionIndex, regionEnd, regionStart } from "./index-mentions.js";
import { titleAt, titleBefore } from "./titles.js";

/** The party letters of US legislators' tags ("R-Texas"); "I-" (independent) names no party. */
const PARTY_LETTERS: Record<string, string> = { R: "Republican Party", D: "Democratic Party" };
/** "Chinese foreign ministry", "Japan's defence ministry", "the Russian embassy". */
const INSTITUTION_ADJ = new Set([
  "foreign",
  "defence",
  "defense",
  "finance",
  "interior",
  "trade",
  "health",
  "justice",
  "education",
  "commerce",
  "economy",
  "home",
  "central",
  "state",
  "federal",
  "national",
  "communist",
  "ruling",
  "military",
  "external",
  "agriculture",
  "labour",
  "labor",
  "environment",
  "energy",
  "culture",
  "transport",
  "industry",
  "security",
]);
const INSTITUTION_NOUN = new Set([
  "ministry",
  "government",
  "embassy",
  "consulate",
  "military",
  "army",
  "navy",
  "parliament",
  "cabinet",
  "police",
  "administration",
  "bank",
  "office",
  "party",
  "regime",
  "legislature",
  "senate",
  "congress",
  "media",
  "leadership",
]);
/** Words that may follow an institution phrase (verbs and conjunctions) — anything else lowercase continues a noun phrase. */
const FOLLOWERS = new Set([
  "said",
  "says",
  "told",
  "and",
  "or",
  "but",
  "has",
  "have",
  "had",
  "is",
  "was",
  "were",
  "are",
  "will",
  "would",
  "which",
  "that",
  "who",
  "on",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "official",
  "officials",
  "announced",
  "added",
  "also",
]);
/** Prepositions that attach an organisation or country to a title ("spokesperson for", "president of"). */
const ROLE_PREPS = new Set(["for", "of", "at", "to", "with", "in"]);
/** Titles whose "to X" names the host country, not the person's own ("ambassador to the United States"). */
const HOSTED = /^(ambassador|envoy|special envoy)$/i;
const ARTICLES = new Set(["a", "an", "the"]);

const countryOf = (c: Cluster) => c.country ?? c.entry?.country;
const isPlace = (c: Cluster) => c.type === "GPE" || c.type === "NORP";

/** What a modifier mention before a title says: its country (Japanese, Japan's) or organisation (NATO). */
function modifierRole(c: Cluster, name: string): Partial<Role> {
  if (isPlace(c)) {
    const country = countryOf(c);
    return country ? { country } : {};
  }
  if (c.type === "ORG") {
    const country = countryOf(c);
    return country ? { org: name, country } : { org: name };
  }
  return {};
}

function addRole(c: Cluster, role: Role): void {
  const same = c.roles.find((r) => r.title.toLowerCase() === role.title.toLowerCase());
  if (!same) c.roles.push(role);
  else {
    if (!same.country && role.country) same.country = role.country;
    if (!same.org && role.org) same.org = role.org;
  }
}

export class RoleFinder {
  readonly index: MentionIndex;

  constructor(
    private readonly doc: Doc,
    private readonly clusters: Cluster[],
  ) {
    this.index = new MentionIndex(clusters);
  }

  private text(a: number, b: number): string {
    return this.doc.text.slice(this.doc.words[a]!.start, this.doc.words[b - 1]!.end);
  }

  private nameOf(c: Cluster, a: number, b: number): string {
    return c.name ?? this.text(a, b);
  }

  /** A country or organisation mention ending just before word `end`, with an optional possessive. */
  private modifierBefore(end: number, lo: number): { a: number; b: number; cluster: Cluster } | undefined {
    const w = this.doc.words;
    const b = end - 1 >= lo && w[end - 1]!.key === "'s" ? end - 1 : end;
    const m = this.index.endingAt(b);
    return m && m.a >= lo && m.cluster.type !== "PERSON" ? { a: m.a, b, cluster: m.cluster } : undefined;
  }

  /** "Foreign Minister Wang Yi of China": a country or organisation after the name. */
  private ofAfter(end: number, hi: number): { a: number; b: number; cluster: Cluster } | undefined {
    const w = this.doc.words;
    if (end + 1 >= hi || w[end]!.key !== "of") return undefined;
    const a = w[end + 1]!.key === "the" ? end + 2 : end + 1;
    const m = a < hi ? this.index.startingAt(a) : undefined;
    return m && m.cluster.type !== "PERSON" ? { a, b: m.b, cluster: m.cluster } : undefined;
  }

  /** Organisations named by a country or demonym and an institution noun: "Chinese foreign ministry". */
  institutions(): void {
    const w = this.doc.words;
    const byKey = new Map<string, Cluster>();
    for (const c of [...this.clusters]) {
      const kind = c.entry?.kind;
      if ((kind !== "country" && kind !== "demonym") || !countryOf(c)) continue;
      for (const m of [...c.mentions]) {
        let j = m.b;
        const hi = regionEnd(this.doc, m.a);
        if (c.type === "GPE" && j < hi && w[j]!.key === "'s") j++;
        let adj = 0;
        while (j < hi && adj < 2 && INSTITUTION_ADJ.has(w[j]!.key) && /^\p{Ll}/u.test(w[j]!.text)) {
          j++;
          adj++;
        }
        if (j < hi && INSTITUTION_NOUN.has(w[j]!.key) && /^\p{Ll}/u.test(w[j]!.text)) j++;
        else if (!(adj && INSTITUTION_NOUN.has(w[j - 1]!.key))) continue; // "Chinese military"
        // The noun ends the phrase: "Chinese military exercises" names no institution.
        if (
          j < hi &&
          /^\p{Ll}/u.test(w[j]!.text) &&
          !ROLE_PREPS.has(w[j]!.key) &&
          /^\p{L}+$/u.test(w[j]!.text) &&
          !FOLLOWERS.has(w[j]!.key)
        )
          continue;
        const name = this.text(m.a, j);
        const key = `${countryOf(c)}:${w
          .slice(m.b, j)
          .map((x) => x.key)
          .join(" ")}`;
        let org = byKey.get(key);
        if (!org) {
          org = { type: "ORG", named: true, name, mentions: [], roles: [], affiliations: [], country: countryOf(c)! };
          byKey.set(key, org);
          this.clusters.push(org);
        }
        org.mentions.push({ a: m.a, b: j, kind: "nominal" });
        this.index.add(org, m.a, j);
      }
    }
  }

  /** Titles before names: "Japanese Prime Minister Fumio Kishida", "PM Kishida", "NATO chief Jens Stoltenberg". */
  titlesBeforeNames(): void {
    for (const c of this.clusters) {
      if (c.type !== "PERSON") continue;
      for (const m of c.mentions) {
        if (m.kind !== "name") continue;
        const lo = regionStart(this.doc, m.a);
        const t = titleBefore(this.doc.words, m.a, lo);
        if (!t) continue;
        const role: Role = { title: t.title };
        const mod = this.modifierBefore(t.a, lo) ?? this.ofAfter(m.b, regionEnd(this.doc, m.a));
        if (mod) Object.assign(role, modifierRole(mod.cluster, this.nameOf(mod.cluster, mod.a, mod.b)));
        addRole(c, role);
      }
    }
  }

  /** The title phrase at word j: [article] [modifier] title [prep [the] organisation/country]. */
  private rolePhrase(
    j: number,
    hi: number,
  ): { role: Role; end: number; org?: Cluster; complement: boolean; modified: boolean } | undefined {
    const w = this.doc.words;
    if (j < hi && ARTICLES.has(w[j]!.key)) j++;
    let role: Partial<Role> = {};
    let modified = false;
    let modOrg: Cluster | undefined;
    const mod = j < hi ? this.index.startingAt(j) : undefined;
    if (mod && mod.cluster.type !== "PERSON" && mod.b < hi) {
      let after = mod.b;
      if (w[after]!.key === "'s") after++;
      if (titleAt(w, after, hi)) {
        role = modifierRole(mod.cluster, this.nameOf(mod.cluster, j, mod.b));
        if (mod.cluster.type === "ORG") modOrg = mod.cluster;
        j = after;
        modified = true;
      }
    }
    const t = titleAt(w, j, hi);
    if (!t) return undefined;
    const out: Role = { title: t.title, ...role };
    let end = t.b;
    let org: Cluster | undefined = modOrg;
    let complement = false;
    if (end + 1 < hi && ROLE_PREPS.has(w[end]!.key)) {
      let k = end + 1;
      if (k < hi && w[k]!.key === "the") k++;
      const target = k < hi ? this.index.startingAt(k) : undefined;
      // "the Queen at Balmoral": a place after at/in/with says where, not whose.
      const where = target && target.cluster.type !== "ORG" && !["of", "to", "for"].includes(w[end]!.key);
      if (target && target.cluster.type !== "PERSON" && !where) {
        complement = true;
        end = target.b;
        const tc = target.cluster;
        const name = this.nameOf(tc, k, target.b);
        if (tc.type === "ORG") {
          org = tc;
          out.org = name;
          if (countryOf(tc) && !out.country) out.country = countryOf(tc)!;
        } else if (isPlace(tc) && !(HOSTED.test(t.title) && w[t.b]!.key === "to") && !out.country && countryOf(tc)) {
          out.country = countryOf(tc)!;
        }
      }
    }
    return { role: out, end, complement, modified, ...(org ? { org } : {}) };
  }

  /** Appositions after names: "Mao Ning, a spokesperson for the Chinese foreign ministry, said". */
  appositions(): void {
    const w = this.doc.words;
    for (const c of this.clusters) {
      if (c.type !== "PERSON" || !c.named) continue;
      for (const m of c.mentions) {
        const hi = regionEnd(this.doc, m.a);
        if (m.kind !== "name" || m.b >= hi || w[m.b]!.text !== ",") continue;
        const p = this.rolePhrase(m.b + 1, hi);
        // "Pelosi, Schumer, House Intelligence Committee Chairman Adam Schiff": a list, the title is Schiff's.
        if (!p || (p.end < hi && this.index.startingAt(p.end)?.cluster.type === "PERSON")) continue;
        addRole(c, p.role);
        if (p.org && !c.affiliations.some((x) => x.cluster === p.org)) {
          c.affiliations.push({ name: p.role.org!, cluster: p.org });
        }
      }
    }
  }

  /** US legislators' party tags: "Tom Barrett, R-Charlotte," and "Lisa Doe (D-Calif.)" are Republican and Democrat. */
  partyTags(): void {
    const w = this.doc.words;
    const partyCluster = (name: string) => this.clusters.find((c) => c.type === "ORG" && c.entry?.name === name);
    for (const c of this.clusters) {
      if (c.type !== "PERSON" || !c.named) continue;
      for (const m of c.mentions) {
        const at = m.b + 1;
        if (m.kind !== "name" || at + 2 >= regionEnd(this.doc, m.a) || (w[m.b]!.text !== "," && w[m.b]!.text !== "(")) continue;
        const party = PARTY_LETTERS[w[at]!.text];
        if (!party || w[at + 1]!.text !== "-" || w[at + 1]!.start !== w[at]!.end || w[at + 2]!.start !== w[at + 1]!.end) continue;
        if (!c.affiliations.some((x) => x.name === party)) {
          const org = partyCluster(party);
          c.affiliations.push(org ? { name: party, cluster: org } : { name: party });
        }
        if (!c.country) c.country = "US";
        break;
      }
    }
  }

  /** People known only by their role: "the Japanese ambassador to the United States". */
  roleOnlyPeople(): void {
    const w = this.doc.words;
    const byKey = new Map<string, Cluster>();
    for (let i = 0; i < w.length; i++) {
      if (!ARTICLES.has(w[i]!.key)) continue;
      const hi = regionEnd(this.doc, i);
      const p = this.rolePhrase(i, hi);
      if (!p) continue;
      // "Ann Lee, the mayor, said": an apposition of the name before it (appositions() reads it).
      const prev = i >= 2 && w[i - 1]!.text === "," ? this.index.endingAt(i - 1) : undefined;
      if (prev?.cluster.type === "PERSON") continue;
      // "the league's chief executive, Jon Grey, said": the role is the name's that follows it.
      const named = p.end + 1 < hi && w[p.end]!.text === "," ? this.index.startingAt(p.end + 1) : undefined;
      if (named?.cluster.type === "PERSON" && named.cluster.named) {
        addRole(named.cluster, p.role);
        if (p.org && !named.cluster.affiliations.some((x) => x.cluster === p.org)) {
          named.cluster.affiliations.push({ name: p.role.org!, cluster: p.org });
        }
        i = p.end - 1;
        continue;
      }
      if (!(p.modified || p.complement)) continue;
      // "the Chinese official media": the title word is an adjective there.
      const after = p.end < hi ? w[p.end]!.text : "";
      if (!p.complement && /^\p{Ll}+$/u.test(after) && !FOLLOWERS.has(after) && !ROLE_PREPS.has(after)) continue;
      // A title before a name, or an apposition, belongs to that name.
      const next = p.end < hi ? this.index.startingAt(p.end) : undefined;
      if (next?.cluster.type === "PERSON" || (p.end < hi && w[p.end]!.key === "'s")) continue;
      const name = this.text(i + 1, p.end);
      const key = w
        .slice(i + 1, p.end)
        .map((x) => x.key)
        .join(" ");
      let person = byKey.get(key);
      if (!person) {
        person = { type: "PERSON", named: false, name, mentions: [], roles: [p.role], affiliations: [] };
        if (p.role.country) person.country = p.role.country;
        if (p.org) person.affiliations.push({ name: p.role.org!, cluster: p.org });
        byKey.set(key, person);
        this.clusters.push(person);
      }
      person.mentions.push({ a: i, b: p.end, kind: "nominal" });
      this.index.add(person, i, p.end);
      i = p.end - 1;
    }
  }
}
