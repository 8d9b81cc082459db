/**
 * Minimal DOM shapes the extractor uses (linkedom provides them) and an iterative walk, so no
 * document depth can overflow the call stack.
 */

export interface DomNode {
  nodeType: number;
  parentNode: DomNode | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  previousSibling: DomNode | null;
  nodeValue: string | null;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  localName: string;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { value: string } | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selector: string): Iterable<DomElement> & { length: number };
  querySelector(selector: string): DomElement | null;
  remove(): void;
}

export const ELEMENT = 1;
export const TEXT = 3;

/**
 * An element's class attribute. linkedom answers `getAttribute("class")` by building a
 * DOMTokenList and joining it again, a tenth of the extractor's time; the attribute is read as is.
 */
export function classOf(el: { getAttributeNode(name: string): { value: string } | null }): string | null {
  return el.getAttributeNode("class")?.value ?? null;
}

export interface Visitor {
  /** Return false to skip the element's subtree (exit is then not called for it). */
  enter(el: DomElement): boolean;
  text(node: DomNode): void;
  exit(el: DomElement): void;
}

/** Depth-first walk over the descendants of `root` in document order, without recursion. */
export function walk(root: DomNode, v: Visitor): void {
  let node = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT) {
      const el = node as DomElement;
      if (v.enter(el)) {
        if (el.firstChild) descend = true;
        else v.exit(el);
      }
    } else if (node.nodeType === TEXT) v.text(node);
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) return;
      v.exit(node as DomElement);
    }
    node = node ? node.nextSibling : null;
  }
}

/**
 * The text nodes under `root` in document order, found as they are read: a reader that stops early
 * walks no further. (linkedom's TreeWalker lists the whole subtree when it is made.)
 */
export function* textNodes(root: DomNode): Generator<DomNode> {
  let node = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT) yield node;
    else if (node.nodeType === ELEMENT && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) return;
    }
    node = node ? node.nextSibling : null;
  }
}

/** Like `walk`, but visits `node` itself too. */
export function walkTree(node: DomNode, v: Visitor): void {
  if (node.nodeType === TEXT) v.text(node);
  if (node.nodeType !== ELEMENT) return;
  const el = node as DomElement;
  if (!v.enter(el)) return;
  walk(el, v);
  v.exit(el);
}
