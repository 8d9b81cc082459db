/**
 * The article record, `newsgraph/article@1`, defined once with TypeBox: the TypeScript types are
 * derived from these schemas (`Static<>`) and `docs/article.schema.json` is generated from them
 * (`npm run schema`), so the types and the JSON Schema can never disagree.
 */
import { Type, type Static } from "@sinclair/typebox";

export const SCHEMA_ID = "newsgraph/article@1" as const;

const Offset = Type.Integer({ minimum: 0, description: "UTF-16 code-unit index into the record's text" });

export const SpanSchema = Type.Object(
  {
    start: Offset,
    end: Offset,
    text: Type.String({ description: "must equal record.text.slice(start, end)" }),
  },
  { $id: "Span", description: "Half-open [start, end) span over the record's text" },
);
export type Span = Static<typeof SpanSchema>;

export const BLOCK_ROLES = ["headline", "standfirst", "byline", "caption", "body", "credit", "meta"] as const;
export const BlockSchema = Type.Composite([SpanSchema, Type.Object({ role: Type.Union(BLOCK_ROLES.map((r) => Type.Literal(r))) })]);
export type Block = Static<typeof BlockSchema>;
export type BlockRole = (typeof BLOCK_ROLES)[number];

export const SOURCE_KINDS = ["dump", "text", "html", "feed", "warc", "jsonl"] as const;
export const SourceSchema = Type.Object({
  kind: Type.Union(SOURCE_KINDS.map((k) => Type.Literal(k))),
  path: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
  sha256: Type.String({ pattern: "^[0-9a-f]{64}$" }),
  bytes: Type.Integer({ minimum: 0 }),
  encoding: Type.Optional(Type.String()),
});
export type Source = Static<typeof SourceSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const MetadataSchema = Type.Object({
  language: Type.String({ description: 'ISO 639-1 code, "und" if unknown' }),
  date: Type.Optional(Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$" })),
  section: Type.Optional(Type.String()),
  headline: Type.Optional(Type.String()),
  standfirst: Type.Optional(Type.String()),
  byline: Type.Optional(Type.String()),
  authors: Type.Array(Type.String()),
  publisher: Type.Optional(Type.String()),
  published: Type.Optional(Type.String({ description: "ISO 8601 with offset" })),
  updated: Type.Optional(Type.String({ description: "ISO 8601 with offset" })),
  url: Type.Optional(Type.String()),
  canonicalUrl: Type.Optional(Type.String()),
  dateline: Type.Optional(Type.Object({ place: Type.Optional(Type.String()), agency: Type.Optional(Type.String()) })),
});
export type Metadata = Static<typeof MetadataSchema>;

export const ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const MentionSchema = Type.Composite([
  SpanSchema,
  Type.Object({ kind: Type.Union([Type.Literal("name"), Type.Literal("nominal"), Type.Literal("pronoun")]) }),
]);
export type Mention = Static<typeof MentionSchema>;

export const EntitySchema = Type.Object({
  id: Type.String(),
  type: Type.Union(ENTITY_TYPES.map((t) => Type.Literal(t))),
  name: Type.String(),
  named: Type.Boolean(),
  country: Type.Optional(Type.String({ pattern: "^[A-Z]{2}$" })),
  roles: Type.Array(Type.Object({ title: Type.String(), org: Type.Optional(Type.String()), country: Type.Optional(Type.String()) })),
  affiliations: Type.Array(Type.Object({ name: Type.String(), entityId: Type.Optional(Type.String()) })),
  mentions: Type.Array(MentionSchema),
  kb: Type.Optional(Type.Object({ cameo: Type.Optional(Type.String()), wikidata: Type.Optional(Type.String()) })),
});
export type Entity = Static<typeof EntitySchema>;

const Ref = Type.Object({ entityId: Type.Optional(Type.String()), name: Type.String() });

export const QuoteSchema = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal("direct"), Type.Literal("mixed"), Type.Literal("indirect")]),
  speaker: Type.Optional(Ref),
  cites: Type.Optional(Type.Array(Ref)),
  occurrences: Type.Array(
    Type.Object({
      content: Type.Array(SpanSchema),
      cue: Type.Optional(Type.Composite([SpanSchema, Type.Object({ lemma: Type.String() })])),
      speakerMention: Type.Optional(SpanSchema),
    }),
  ),
});
export type Quote = Static<typeof QuoteSchema>;

export const TimeExprSchema = Type.Composite([
  SpanSchema,
  Type.Object({
    id: Type.String(),
    value: Type.String(),
    granularity: Type.Union(["year", "quarter", "month", "week", "day", "time", "interval"].map((g) => Type.Literal(g))),
  }),
]);
export type TimeExpr = Static<typeof TimeExprSchema>;

export const EventSchema = Type.Object({
  id: Type.String(),
  trigger: Type.Composite([SpanSchema, Type.Object({ lemma: Type.String() })]),
  actor: Type.Optional(Type.Object({ entityId: Type.String() })),
  target: Type.Optional(Type.Object({ entityId: Type.String() })),
  negated: Type.Boolean(),
  modality: Type.Union(["asserted", "planned", "intended", "possible", "demanded", "denied"].map((m) => Type.Literal(m))),
  tense: Type.Union([Type.Literal("past"), Type.Literal("present"), Type.Literal("future")]),
  timeId: Type.Optional(Type.String()),
  placeId: Type.Optional(Type.String()),
  source: Type.Optional(
    Type.Object({ entityId: Type.Optional(Type.String()), quoteId: Type.Optional(Type.String()), name: Type.String() }),
  ),
  codes: Type.Object({
    cameo: Type.Optional(Type.String()),
    plover: Type.Optional(Type.Object({ type: Type.String(), mode: Type.Optional(Type.String()) })),
    quadClass: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
    goldstein: Type.Optional(Type.Number()),
  }),
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
});
export type Event = Static<typeof EventSchema>;

export const WarningSchema = Type.Object({
  code: Type.String(),
  message: Type.String(),
  stage: Type.Optional(Type.String()),
});
export type Warning = Static<typeof WarningSchema>;

export const ArticleRecordSchema = Type.Object(
  {
    schema: Type.Literal(SCHEMA_ID),
    id: Type.String({ pattern: "^[0-9a-f]+$", description: "stable content hash of the text" }),
    source: SourceSchema,
    metadata: MetadataSchema,
    text: Type.String(),
    blocks: Type.Array(BlockSchema),
    entities: Type.Array(EntitySchema),
    quotes: Type.Array(QuoteSchema),
    times: Type.Array(TimeExprSchema),
    events: Type.Array(EventSchema),
    warnings: Type.Array(WarningSchema),
    provenance: Type.Object({
      version: Type.String(),
      stages: Type.Array(Type.Object({ name: Type.String(), ms: Type.Number({ minimum: 0 }) })),
    }),
  },
  { $id: "https://newsgraph.dev/schema/article@1.json", title: "newsgraph/article@1" },
);
export type ArticleRecord = Static<typeof ArticleRecordSchema>;
