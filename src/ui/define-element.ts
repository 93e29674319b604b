/** Registers a custom element unless the tag is taken (no throw when a page loads the kit twice). */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
