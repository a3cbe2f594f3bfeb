/**
 * Web Storage, or undefined where the browser refuses it. Reading `localStorage` itself throws a
 * SecurityError when storage is blocked: privacy settings, or a third-party frame such as Telegram's
 * web client showing the shop as a Mini App. Every script degrades to memory instead of failing.
 */
export function browserStorage(kind: 'local' | 'session'): Storage | undefined {
  try {
    return kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
