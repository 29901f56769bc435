import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { normalizeBody } from './normalize.js';
import { prune } from './prune.js';

describe('normalizeBody', () => {
  it('moves an element written between </head> and <body> into the body', () => {
    const { document } = parseHTML('<html><head><title>t</title></head><div id="stray">Top banner</div><body><p>Story text.</p></body></html>');
    const doc = document as unknown as Document;
    normalizeBody(doc);
    expect(doc.body.textContent).toContain('Story text.');
    expect(doc.body.firstElementChild?.getAttribute('id')).toBe('stray');
  });
});

describe('prune', () => {
  const long = 'The committee published its findings on Monday after eighteen months of hearings, and the minister said the report would be debated in parliament before the summer recess begins next month. Opposition parties have already asked for a vote.';
  it('removes navigation, scripts and small hidden elements', () => {
    const { document } = parseHTML(
      `<html><body><nav>Home World</nav><script>var x = 1;</script><div hidden>Popup</div><p>${long}</p><footer>Contact</footer></body></html>`,
    );
    const doc = document as unknown as Document;
    prune(doc.body);
    expect(doc.body.textContent?.trim()).toBe(long);
  });
  it('reveals a hidden wrapper that holds the page prose instead of removing it', () => {
    const { document } = parseHTML(`<html><body><div hidden style="display:none"><p>${long}</p></div></body></html>`);
    const doc = document as unknown as Document;
    prune(doc.body);
    expect(doc.body.textContent).toContain('eighteen months of hearings');
    expect(doc.body.querySelector('[hidden]')).toBeNull();
  });
});
