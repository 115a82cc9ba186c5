/**
 * Writes docs/deploy/nginx.conf from public/_headers, so that the nginx example sends the same
 * headers as Netlify and Cloudflare Pages. Run after changing public/_headers:
 *
 *   npm run deploy:nginx
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HEADERS_FILE, NGINX_CONF, nginxConfFromHeaders } from './lib/headers-file';

const conf = nginxConfFromHeaders(readFileSync(HEADERS_FILE, 'utf8'));
mkdirSync(path.dirname(NGINX_CONF), { recursive: true });
writeFileSync(NGINX_CONF, conf);
console.log(`Skrev ${NGINX_CONF} fra ${HEADERS_FILE}.`);
