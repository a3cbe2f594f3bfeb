import { startFrontServer } from './front-server.js';
const s = await startFrontServer('http://localhost:4400', '/tmp/sites-try', 4455);
console.log(s.url);
