/**
 * The editor's (Decap CMS at /admin/) settings, in one place: the Git repository and branch it
 * commits to, the public site, the media folders, the authentication endpoint for «Logg inn med
 * GitHub» and the address of the local proxy (decap-server) used without GitHub. Everything
 * is read from environment variables at build time, each with a documented default
 * (CMS_SETTINGS below, listed in docs/cms.md). Pure: the caller passes the environment.
 *
 * Two modes:
 * - **Lokal modus** (no repository set, `KB_CMS_REPO` empty or the placeholder): /admin/ talks
 *   to decap-server on the editor's own machine. A plain `npm run build` builds this way, with a
 *   warning that names the setting to fill in.
 * - **GitHub** (`KB_CMS_REPO=eier/navn`): /admin/ signs in with GitHub and commits there.
 *   A publishing build (`KB_PUBLISERING=1`) requires it and fails with a message naming the
 *   setting when it is missing.
 */
import { PICTURE_FOLDER } from '../collections';

/** Placeholder in documentation and in old configurations; never a real repository. */
export const REPO_PLACEHOLDER = 'EIER/kompetansebanken';

/** Where decap-server listens by default (its own default port, 8081). */
export const DEFAULT_LOCAL_PROXY_URL = 'http://localhost:8081/api/v1';

/** The OAuth provider Decap CMS uses when none is set: Netlify's, which works when the site is hosted there. */
export const DEFAULT_AUTH_BASE_URL = 'https://api.netlify.com';

/** Files that do not belong to an image field (attachments): in the repository and on the site. */
export const MEDIA_FOLDER = 'public/vedlegg';
export const PUBLIC_FOLDER = '/vedlegg';

/** Images of an entry sit beside it, in `src/content/<collection>/bilder/`, written as `./bilder/<file>`. */
export const imageFolders = (collection: string) => ({
  media_folder: `/src/content/${collection}/${PICTURE_FOLDER}`,
  public_folder: `./${PICTURE_FOLDER}`,
});

export interface CmsSettings {
  /** `local`: decap-server on the editor's machine; `github`: the repository below. */
  mode: 'local' | 'github';
  /** GitHub repository, `eier/navn`; undefined in local mode. */
  repo: string | undefined;
  /** Branch the editor commits to. */
  branch: string;
  /** The public site, shown as «Se nettstedet» in the editor. */
  siteUrl: string | undefined;
  /** OAuth provider for «Logg inn med GitHub» (Decap's `base_url`). */
  authBaseUrl: string;
  /** Path of the provider's sign-in (Decap's `auth_endpoint`). */
  authEndpoint: string;
  /** Where decap-server answers (local mode, and `npm run dev` on this machine). */
  localProxyUrl: string;
}

/** One setting: its environment variable, its default and what it means (docs/cms.md lists them). */
export interface SettingDoc {
  env: string;
  default: string;
  meaning: string;
}

export const CMS_SETTINGS: readonly SettingDoc[] = [
  {
    env: 'KB_CMS_REPO',
    default: '(tom: lokal modus)',
    meaning: 'GitHub-depotet redaksjonsverktøyet lagrer i, på formen eier/navn.',
  },
  { env: 'KB_CMS_BRANCH', default: 'main', meaning: 'Grenen endringene lagres på.' },
  {
    env: 'KB_CMS_AUTH_URL',
    default: DEFAULT_AUTH_BASE_URL,
    meaning: 'Adressen til innloggingstjenesten (OAuth) for «Logg inn med GitHub».',
  },
  { env: 'KB_CMS_AUTH_ENDPOINT', default: 'auth', meaning: 'Stien til innloggingen hos innloggingstjenesten.' },
  { env: 'KB_CMS_LOKAL_URL', default: DEFAULT_LOCAL_PROXY_URL, meaning: 'Adressen til decap-server i lokal modus.' },
  {
    env: 'KB_SITE',
    default: 'https://www.kvalitetskommuner.no',
    meaning: 'Nettstedets adresse (lenken «Se nettstedet»).',
  },
  {
    env: 'KB_PUBLISERING',
    default: '(tom)',
    meaning: 'Sett til 1 i publiseringsbygget: da må KB_CMS_REPO være fylt ut.',
  },
];

export interface SettingsResult {
  settings: CmsSettings;
  /** Problems that stop the build, in Norwegian, each naming the setting and its value. */
  errors: string[];
  /** Things the person building should know, in Norwegian. */
  warnings: string[];
}

const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*\/$)[A-Za-z0-9._/-]+$/;

function httpUrl(env: string, value: string, errors: string[], allowHttp: boolean): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || (allowHttp && url.protocol === 'http:')) return value.replace(/\/$/, '');
  } catch {
    // reported below
  }
  errors.push(
    `${env}=«${value}»: forventet en fullstendig nettadresse som begynner med ${allowHttp ? 'http:// eller https://' : 'https://'}.`,
  );
  return value;
}

/**
 * The settings from `env` (process.env in the build) and the site URL (Astro's `site`).
 * Returns every problem at once; the caller fails the build on `errors`.
 */
export function readCmsSettings(env: Record<string, string | undefined>, siteUrl: string | undefined): SettingsResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const value = (name: string) => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const publishing = value('KB_PUBLISERING');
  if (publishing !== undefined && publishing !== '1' && publishing !== '0') {
    errors.push(`KB_PUBLISERING=«${publishing}»: forventet 1 (publiseringsbygg) eller 0/tom.`);
  }
  const isPublishing = publishing === '1';

  let repo = value('KB_CMS_REPO');
  if (repo === REPO_PLACEHOLDER) repo = undefined;
  if (repo !== undefined && !REPO.test(repo)) {
    errors.push(
      `KB_CMS_REPO=«${repo}»: forventet et GitHub-depot på formen eier/navn, for eksempel kvalitetskommuner/kompetansebanken.`,
    );
  }
  if (repo === undefined) {
    if (isPublishing) {
      errors.push(
        'KB_CMS_REPO er ikke fylt ut: et publiseringsbygg (KB_PUBLISERING=1) trenger GitHub-depotet redaksjonsverktøyet skal lagre i, på formen eier/navn. Se docs/cms.md.',
      );
    } else {
      warnings.push(
        'KB_CMS_REPO er ikke fylt ut: /admin/ bygges i lokal modus (decap-server på egen maskin). Fyll ut KB_CMS_REPO før publisering, se docs/cms.md.',
      );
    }
  }

  const branch = value('KB_CMS_BRANCH') ?? 'main';
  if (!BRANCH.test(branch)) errors.push(`KB_CMS_BRANCH=«${branch}»: forventet et gyldig grennavn, for eksempel main.`);

  const authBaseUrl = httpUrl('KB_CMS_AUTH_URL', value('KB_CMS_AUTH_URL') ?? DEFAULT_AUTH_BASE_URL, errors, false);
  const authEndpoint = (value('KB_CMS_AUTH_ENDPOINT') ?? 'auth').replace(/^\/+/, '');
  if (!/^[A-Za-z0-9._~/-]+$/.test(authEndpoint)) {
    errors.push(`KB_CMS_AUTH_ENDPOINT=«${authEndpoint}»: forventet en sti som auth eller api/auth.`);
  }
  const localProxyUrl = httpUrl('KB_CMS_LOKAL_URL', value('KB_CMS_LOKAL_URL') ?? DEFAULT_LOCAL_PROXY_URL, errors, true);

  return {
    settings: {
      mode: repo === undefined ? 'local' : 'github',
      repo,
      branch,
      siteUrl,
      authBaseUrl,
      authEndpoint,
      localProxyUrl,
    },
    errors,
    warnings,
  };
}
