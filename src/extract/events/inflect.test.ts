import { describe, expect, it } from 'vitest';
import { allVerbForms, nounForms, verbForms } from './inflect.js';

describe('verbForms', () => {
  it('inflects irregular verbs from the table', () => {
    expect(verbForms('meet')).toMatchObject({ third: 'meets', past: ['met'], gerund: ['meeting'] });
    expect(verbForms('withdraw').participle).toEqual(['withdrawn']);
  });
  it('inflects regular verbs by rule', () => {
    expect(verbForms('supply')).toMatchObject({ third: 'supplies', past: ['supplied'], gerund: ['supplying'] });
    expect(verbForms('ban')).toMatchObject({ past: ['banned'], gerund: ['banning'] });
    expect(verbForms('condemn').past).toEqual(['condemned']);
    expect(verbForms('agree')).toMatchObject({ past: ['agreed'], gerund: ['agreeing'] });
    expect(verbForms('impose').gerund).toEqual(['imposing']);
  });
  it('keeps British and American spellings', () => {
    expect(allVerbForms('travel')).toEqual(expect.arrayContaining(['travelled', 'traveled', 'travelling']));
  });
});

describe('nounForms', () => {
  it('adds the plural', () => {
    expect(nounForms('delivery')).toEqual(['delivery', 'deliveries']);
    expect(nounForms('clash')).toEqual(['clash', 'clashes']);
    expect(nounForms('talks')).toEqual(['talks']);
  });
});
