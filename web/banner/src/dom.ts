type Child = Node | string | false | undefined;

/**
 * Creates an element with attributes and children. Text goes in as text nodes, never as HTML, so nothing the
 * server sends can inject markup; and no `style` attribute is ever set (a strict CSP refuses them).
 */
export function h(tag: string, attributes: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const name in attributes) {
    element.setAttribute(name, attributes[name] as string);
  }
  for (const child of children) {
    if (child) {
      element.append(child);
    }
  }
  return element;
}

/** A button that runs `action` when pressed (mouse, Enter or Space). */
export function button(label: string, action: () => void, className = 'b'): HTMLButtonElement {
  const element = h('button', { type: 'button', class: className }, label) as HTMLButtonElement;
  element.onclick = action;
  return element;
}

/** The elements a keyboard can reach inside `root`, in order. */
export function focusables(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('a[href],button,input:not([disabled])'));
}

/**
 * Keeps Tab and Shift+Tab inside a modal dialog (WAI-ARIA APG dialog pattern) and calls `onEscape` for Escape.
 * `active` tells which element has focus (inside a shadow root, `document.activeElement` is the host).
 */
export function trapFocus(dialog: HTMLElement, active: () => Element | null, onEscape: () => void): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
      return;
    }
    if (event.key !== 'Tab') {
      return;
    }
    const items = focusables(dialog);
    const first = items[0];
    const last = items[items.length - 1];
    const current = active();
    if (event.shiftKey ? current === first || current === dialog : current === last) {
      event.preventDefault();
      (event.shiftKey ? last : first)?.focus();
    }
  });
}
