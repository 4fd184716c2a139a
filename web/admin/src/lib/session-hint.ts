const KEY = 'dijk.signedIn';

/**
 * Whether this browser logged in through the form. The session cookie is HttpOnly, so the UI cannot see it; asking
 * `GET /api/auth/me` on every page would answer 401 (a console error) to everyone who is not logged in. The hint
 * holds no secret: it only decides whether to ask. A setup-link session has no account and needs no banner.
 */
export function hasSessionHint(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function setSessionHint(isSignedIn: boolean): void {
  try {
    if (isSignedIn) {
      localStorage.setItem(KEY, '1');
    } else {
      localStorage.removeItem(KEY);
    }
  } catch {
    // Storage refused (private mode): the banner then shows on the Account page only.
  }
}
