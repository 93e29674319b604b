/** A custom element class that may list the elements it renders (see CkElement.dependencies). */
type WithDependencies = CustomElementConstructor & { dependencies?: Record<string, CustomElementConstructor> };

/**
 * Registers a custom element and, first, the elements it lists in `static dependencies`
 * (recursively), skipping any tag already taken: no throw when a page loads the kit twice.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  for (const [depTag, dep] of Object.entries((ctor as WithDependencies).dependencies ?? {})) defineElement(depTag, dep);
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
