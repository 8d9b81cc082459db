/**
 * Abbreviations whose period belongs to the word, for English news text. Two kinds:
 *  - PREFIX abbreviations (titles, months) stand before what they modify, so they never end a
 *    sentence: "Gen. Milley", "Jan. 5".
 *  - SUFFIX abbreviations ("Inc.", "Jr.", "U.S.", "a.m.") can end one, so after them a sentence ends
 *    only when the next word is a typical sentence opener ("... in the U.S. The move ...").
 * NUMBERED abbreviations ("No. 10", "Vol. 2") take their period only before a number.
 */
const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const PREFIX_ABBREVIATIONS = words(`
  Mr Mrs Ms Mx Messrs Mmes Dr Drs Prof Profs Sr Sra Srta Mme Mlle Hon Rev Revd Fr Msgr Sen Sens Rep Reps
  Gov Govs Lt Col Gen Maj Capt Cmdr Cmdt Adm Brig Sgt Cpl Pvt Pte Spc Ens Atty Supt Insp Det Amb Pres
  Rt Sec Secy Ald Cllr
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Mt Ft Pt
  approx ca cf vs viz
`);

export const SUFFIX_ABBREVIATIONS = words(`
  Inc Corp Co Cos Ltd Bros Plc plc Jr Jnr Snr Esq Ave Blvd Rd St Sq Hwy Pkwy Dept Univ Assn Intl Natl Govt
  etc al
`);

export const NUMBERED_ABBREVIATIONS = words(`No Nos no nos Vol vol Art art pp Fig fig Ch ch Para para Ex Nr nr Pg pg Apt apt Rm rm`);

/**
 * Words that typically open a sentence. After a SUFFIX abbreviation or an initial, a sentence ends
 * only before one of these ("... Apple Inc. The company ..." ends; "Apple Inc. Chief ..." does not).
 */
export const SENTENCE_OPENERS = words(`
  The A An This That These Those It Its He She They We I You His Her Their Our My There Here
  But And Or So Yet Also However Meanwhile Instead Still Now Then Thus Therefore Moreover Nevertheless
  In On At For From With Without During After Before Since Until While When Where Why How What Who Which
  If As Although Though Because Despite Under Over According Asked Earlier Later Last Next
  Some Many Most All Both Each Every Several Few Other Such No Not None One Two Three Four Five
  Officials Police Critics Analysts Experts Authorities Residents Witnesses Researchers Sources
`);

/** True for a one-letter capital ("F") whose period makes it an initial: "John F. Kennedy". */
export function isInitial(word: string): boolean {
  return word.length === 1 && word >= "A" && word <= "Z";
}
