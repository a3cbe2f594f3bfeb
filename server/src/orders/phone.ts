/**
 * Kazakhstan's numbers are +7 and ten digits, the national part starting with 6 or 7 (+7 7xx mobile and
 * city codes; +7 9xx is Russia). People type them with 8 instead of +7, with or without the 7, with
 * spaces, dashes, dots and brackets.
 */
const SEPARATORS = /[\s\-().\u00a0]/g;
const NATIONAL = /^[67]\d{9}$/;

/** "+77011234567" for "8 701 123 45 67", "+7 (701) 123-45-67", "87011234567", "7011234567"; undefined for anything else. */
export function normaliseKazakhPhone(input: string): string | undefined {
  const compact = input.replace(SEPARATORS, '');
  const national = /^(?:\+7|8|7)(\d{10})$/.exec(compact)?.[1] ?? (/^\d{10}$/.test(compact) ? compact : undefined);
  return national && NATIONAL.test(national) ? `+7${national}` : undefined;
}
