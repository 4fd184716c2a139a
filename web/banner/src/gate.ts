/**
 * The blocked elements of the page: `<script type="text/plain" data-dijk-category="analytics" [data-dijk-src]>`,
 * and `<iframe>` / `<img>` with `data-dijk-category` and `data-dijk-src`. They stay inert until their category is
 * granted (ePrivacy art. 5(3): no storage before consent), then run without a reload.
 */
const SELECTOR = '[data-dijk-category]';

/** Runs or loads every blocked element whose category is granted. Each script runs once. */
export function releaseElements(isGranted: (category: string) => boolean): void {
  document.querySelectorAll<HTMLElement>(SELECTOR).forEach((element) => {
    const category = element.dataset.dijkCategory as string;
    const source = element.dataset.dijkSrc;
    if (element instanceof HTMLScriptElement) {
      if (element.type === 'text/plain' && isGranted(category)) {
        const script = document.createElement('script');
        for (const { name, value } of Array.from(element.attributes)) {
          if (name !== 'type' && !name.startsWith('data-dijk-')) {
            script.setAttribute(name, value);
          }
        }
        // The page's CSP nonce is hidden from the attribute once parsed; the property still holds it.
        script.nonce = element.nonce || '';
        if (source) {
          // Keep the page's order between blocked scripts, as parsed scripts would run.
          script.async = element.hasAttribute('async');
          script.src = source;
        } else {
          script.text = element.text;
        }
        script.setAttribute('data-dijk-category', category);
        element.replaceWith(script);
      }
      return;
    }
    const isLoaded = element.getAttribute('src') === source;
    if (source && isGranted(category) && !isLoaded) {
      element.setAttribute('src', source);
    } else if (source && !isGranted(category) && isLoaded) {
      // A withdrawn embed is unloaded: it must not keep reading or writing its cookies.
      if (element instanceof HTMLIFrameElement) {
        element.src = 'about:blank';
      } else {
        element.removeAttribute('src');
      }
    }
  });
}
