import type { APIRoute } from 'astro';
import { themeColors } from '#src/layouts/theme.ts';
import { withBase } from '#src/listings/links.ts';
import { site } from '#src/site.config.ts';

/** The web manifest: name, language, icon and colours when the reader is added to a home screen. */
export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      {
        name: site.name,
        short_name: site.name,
        description: site.description,
        lang: site.lang,
        dir: 'ltr',
        start_url: withBase(''),
        scope: withBase(''),
        display: 'browser',
        background_color: themeColors.light,
        theme_color: themeColors.light,
        icons: [{ src: withBase('favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
