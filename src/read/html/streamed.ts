/**
 * React's streaming server rendering sends the late parts of a page as hidden
 * `<div hidden id="S:n">` elements at the end of the body, each with a script call that moves it
 * into its placeholder: `<template id="B:n">` for a Suspense boundary (whose fallback, "Loading...",
 * it replaces) or `<template id="P:n">` for a segment. Without scripts the article would stay
 * hidden at the end of the page; this does the move.
 */

const COMMENT = 8;

/** Removes a boundary's fallback: the nodes after its placeholder up to the boundary's end comment. */
function removeFallback(placeholder: ChildNode): void {
  const start = placeholder.previousSibling;
  if (!start || start.nodeType !== COMMENT || !/^\$[?!]$/.test(start.nodeValue ?? "")) return;
  const fallback: ChildNode[] = [];
  let depth = 0;
  for (let n = placeholder.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === COMMENT) {
      const data = n.nodeValue ?? "";
      if (data === "/$") {
        if (depth === 0) {
          for (const f of fallback) f.remove();
          return;
        }
        depth--;
      } else if (/^\$[?!]?$/.test(data)) depth++;
    }
    fallback.push(n);
  }
}

/**
 * The elements with a placeholder's id ("B:n", "P:n"), found once: linkedom's getElementById walks
 * the document, and a lookup per segment made a page of thousands of segments quadratic.
 */
function placeholderIndex(doc: Document): (id: string) => Element | undefined {
  const byId = new Map<string, { els: Element[]; at: number }>();
  for (const el of doc.querySelectorAll('[id^="B:"], [id^="P:"]')) {
    const entry = byId.get(el.id);
    if (entry) entry.els.push(el);
    else byId.set(el.id, { els: [el], at: 0 });
  }
  // A placeholder once filled, or inside a fallback removed earlier, is passed by for good, as
  // getElementById would pass it by.
  return (id) => {
    const entry = byId.get(id);
    if (!entry) return undefined;
    while (entry.at < entry.els.length && !entry.els[entry.at]!.isConnected) entry.at++;
    return entry.els[entry.at];
  };
}

/** Moves every streamed segment into its placeholder, in the order they arrived. */
export function revealStreamed(doc: Document): void {
  const segments = [...doc.querySelectorAll('div[hidden][id^="S:"]')];
  if (!segments.length) return;
  const byId = placeholderIndex(doc);
  for (const segment of segments) {
    const n = segment.id.slice(2);
    const boundary = byId(`B:${n}`);
    const placeholder = byId(`P:${n}`) ?? boundary;
    if (!placeholder || placeholder.localName !== "template") continue;
    if (placeholder === boundary) removeFallback(placeholder);
    placeholder.replaceWith(...segment.childNodes);
    segment.remove();
  }
}
