/**
 * The few DOM members the importers use, typed here because the project compiles without the DOM
 * library (it is a Node CLI). linkedom's nodes have all of them.
 */
export interface DomElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly id: string;
  readonly className: string;
  readonly parentElement: DomElement | null;
  readonly children: ArrayLike<DomElement>;
  readonly previousElementSibling: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  innerHTML: string;
  outerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  contains(other: DomElement): boolean;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** The parts of the HTML libraries the importers call, loaded on first use (see libs.ts). */
export interface Linkedom { parseHTML(html: string): { document: DomDocument } }
export interface ReadabilityResult { title: string | null; byline: string | null; content: string | null; textContent: string | null; siteName: string | null; publishedTime: string | null }
export interface ReadabilityModule {
  Readability: new (document: DomDocument, options?: { charThreshold?: number; keepClasses?: boolean; disableJSONLD?: boolean }) => { parse(): ReadabilityResult | null };
}
