import { extractHtmlString } from '../../src/clean/html/index.js';
const sentences = [
  'The regional water board said on Friday that reservoir levels had fallen to 41 per cent, the lowest November reading since records began in 1976.',
  'Households in the eastern districts will be asked to cut their use by a tenth from next week, and hosepipes will be banned until further notice.',
];
for (const wrap of ['div class="sidebar-comments"', 'div class="sidebar"', 'aside', 'div']) {
  const tag = wrap.split(' ')[0];
  const html = `<html><body><div class="menu"><a href="/">Home</a> <a href="/news">News</a></div><${wrap}>${sentences.map((s) => `<p>${s}</p>`).join('')}</${tag}><div class="footer"><a href="/about">About us</a></div></body></html>`;
  const r = extractHtmlString(html);
  console.log(wrap, r.text.length, r.messages.map(m => m.origin));
}
