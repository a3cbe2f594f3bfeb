import { launchChromium } from './browser.js';
const b = await launchChromium({ viewport: { width: 390, height: 844 }, isMobile: true });
const page = b.context.pages()[0] ?? await b.context.newPage();
for (const [name, url] of [['product', '/ru/p/solid-navy-silk-tie/'], ['category', '/kk/c/classic-silk/'], ['home', '/en/']]) {
  await page.goto('http://127.0.0.1:4455' + url);
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: false });
}
await b.close();
