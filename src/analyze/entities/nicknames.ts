/**
 * English given names and their usual short forms, for telling that "Mike Bloomberg" and "Michael Bloomberg"
 * are one person (with the same family name). Short forms that stand for several names ("Jack", "Al") are left out.
 */
const FORMS: Record<string, readonly string[]> = {
  michael: ["mike", "mick", "mickey"],
  william: ["bill", "billy", "will", "willie"],
  robert: ["bob", "bobby", "rob", "robbie", "bert"],
  joseph: ["joe", "joey"],
  james: ["jim", "jimmy", "jamie"],
  thomas: ["tom", "tommy"],
  richard: ["dick", "rick", "ricky", "rich", "richie"],
  charles: ["chuck", "charlie"],
  edward: ["ted", "teddy", "ed", "eddie", "ned"],
  elizabeth: ["liz", "beth", "betsy", "betty", "lizzie"],
  katherine: ["kate", "katie", "kathy", "catherine", "cathy", "kathryn"],
  daniel: ["dan", "danny"],
  david: ["dave", "davey"],
  steven: ["steve", "stephen"],
  anthony: ["tony"],
  andrew: ["andy", "drew"],
  nicholas: ["nick", "nicky"],
  peter: ["pete"],
  samuel: ["sam", "sammy"],
  benjamin: ["ben", "benny"],
  matthew: ["matt"],
  christopher: ["chris"],
  jonathan: ["jon"],
  gregory: ["greg"],
  jeffrey: ["jeff", "geoffrey"],
  kenneth: ["ken", "kenny"],
  lawrence: ["larry"],
  gerald: ["jerry"],
  alexander: ["alex"],
  frederick: ["fred", "freddie"],
  henry: ["hank", "harry"],
  ronald: ["ron", "ronnie"],
  donald: ["don", "donnie"],
  douglas: ["doug"],
  patrick: ["pat"],
  philip: ["phil"],
  raymond: ["ray"],
  susan: ["sue", "susie"],
  rebecca: ["becky"],
  jennifer: ["jen", "jenny"],
  deborah: ["debbie", "deb"],
  margaret: ["maggie", "meg", "peggy"],
  victoria: ["vicky", "tori"],
  mitchell: ["mitch"],
  nathan: ["nate"],
  zachary: ["zach"],
  jacob: ["jake"],
  joshua: ["josh"],
  timothy: ["tim"],
  vincent: ["vince"],
};

const CANONICAL = new Map<string, string>();
for (const [name, forms] of Object.entries(FORMS)) for (const f of forms) CANONICAL.set(f, name);

/** The full given name a short form stands for ("mike" → "michael"), else the key itself. Keys are lower case. */
export function fullGivenName(key: string): string {
  return CANONICAL.get(key) ?? key;
}
