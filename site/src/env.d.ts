interface ImportMetaEnv {
  /** Build time: where the site reads the catalog (the API origin, e.g. http://localhost:4000). */
  readonly SITE_API_URL?: string;
  /** Browser: GraphQL origin when the API is not on the site's origin; empty means same origin. */
  readonly PUBLIC_API_URL?: string;
  /** Origin that serves /media/ images when not the site's origin. */
  readonly PUBLIC_MEDIA_URL?: string;
  /** Build time: the Telegram simulator's login page, when the API does not announce one (tests, previews). */
  readonly PUBLIC_TELEGRAM_LOGIN_URL?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
