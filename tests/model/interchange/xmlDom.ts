/** Parses XML with the browser's parser (tests under jsdom), throwing on any well-formedness error. */
export function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

/** The element children of `parent` with this local name, in document order. */
export function childrenNamed(parent: Element, localName: string): Element[] {
  return [...parent.children].filter((child) => child.localName === localName);
}

/** All descendants with this namespace and local name. */
export function allNamed(doc: Document, namespace: string, localName: string): Element[] {
  return [...doc.getElementsByTagNameNS(namespace, localName)];
}

/** The one element of a list, failing the test when there is none or more than one. */
export function only(elements: Element[]): Element {
  const [first, ...rest] = elements;
  if (!first || rest.length > 0) throw new Error(`Expected exactly one element, found ${elements.length}`);
  return first;
}

/** The one element of a list whose id attribute is `id`. */
export function withId(elements: Element[], id: string): Element {
  return only(elements.filter((element) => element.getAttribute('id') === id));
}
