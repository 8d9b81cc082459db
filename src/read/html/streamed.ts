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

/** Moves every streamed segment into its placeholder, in the order they arrived. */
export function revealStreamed(doc: Document): void {
  for (const segment of [...doc.querySelectorAll('div[hidden][id^="S:"]')]) {
    const n = segment.id.slice(2);
    const boundary = doc.getElementById(`B:${n}`);
    const placeholder = doc.getElementById(`P:${n}`) ?? boundary;
    if (!placeholder || placeholder.localName !== "template") continue;
    if (placeholder === boundary) removeFallback(placeholder);
    placeholder.replaceWith(...segment.childNodes);
    segment.remove();
  }
}
