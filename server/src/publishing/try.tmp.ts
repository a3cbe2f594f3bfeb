import { buildSite } from './site-build.js';
console.log(await buildSite({ apiUrl: 'http://localhost:4400', sitesDir: '/tmp/sites-try' }));
