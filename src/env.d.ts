interface ImportMetaEnv {
  /** True in `astro dev` only: drafts (`utkast: true`) are shown. Set by config/content-check.ts. */
  readonly KB_SHOW_DRAFTS: boolean;
}
