/**
 * Google Consent Mode v2: the four signals start `denied` the moment the banner runs, and are updated from the
 * visitor's choice. Only `window.dataLayer` is touched, so nothing is loaded from Google by the banner itself.
 */
type ConsentSignal = 'denied' | 'granted';

interface GtagWindow {
  dataLayer?: unknown[];
  gtag?: (...args: unknown[]) => void;
}

function gtag(...args: unknown[]): void {
  const w = window as unknown as GtagWindow;
  if (w.gtag) {
    w.gtag(...args);
    return;
  }
  w.dataLayer = w.dataLayer || [];
  // gtag.js and Tag Manager read the Arguments object of a `gtag()` call, not a plain array.
  (function push(..._: unknown[]) {
    // biome-ignore lint/complexity/noArguments: the queue format that gtag.js expects
    (w.dataLayer as unknown[]).push(arguments);
  })(...args);
}

const signal = (granted: boolean): ConsentSignal => (granted ? 'granted' : 'denied');

/** `gtag('consent', 'default', …)`: everything denied until the visitor chooses; tags wait up to 500 ms. */
export function setConsentDefaults(): void {
  gtag('consent', 'default', {
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: 'denied',
    wait_for_update: 500,
  });
}

/** `gtag('consent', 'update', …)`: analytics → analytics_storage, marketing → the three ad signals. */
export function updateConsentMode(granted: Record<string, boolean>): void {
  const ads = signal(granted.marketing === true);
  gtag('consent', 'update', {
    ad_storage: ads,
    ad_user_data: ads,
    ad_personalization: ads,
    analytics_storage: signal(granted.analytics === true),
  });
}
