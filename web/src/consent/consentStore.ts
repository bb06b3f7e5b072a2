/** Whether the user accepted the first-visit notice; kept in localStorage under a versioned key. */
export const CONSENT_KEY = "leadintel.consent.v1";

export function hasConsented(storage: Pick<Storage, "getItem"> | null = safeStorage()): boolean {
  try {
    return storage?.getItem(CONSENT_KEY) != null;
  } catch {
    return false;
  }
}

export function recordConsent(now: Date, storage: Pick<Storage, "setItem"> | null = safeStorage()): void {
  try {
    storage?.setItem(CONSENT_KEY, now.toISOString());
  } catch {
    // Private mode or storage full: the notice shows again next visit, which is the safe side.
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
