/** robots.txt as an endpoint so the Sitemap line carries the absolute URL of this deployment. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const origin = (site?.toString() ?? '').replace(/\/+$/, '');
  const body = ['User-agent: *', 'Allow: /', 'Disallow: /*/cart/', 'Disallow: /*/search/', 'Disallow: /graphql', '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
