/** Claims read from sentences written for these tests, with the real quantity finder. */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../language/quantity/index.js';
import { buildArticle, type FixtureSpec } from '../quotes/fixture.js';
import { findClaims } from './find-claims.js';

function claimsOf(text: string, spec: FixtureSpec = {}) {
  const a = buildArticle(text, spec);
  a.quantities = findQuantities(text);
  return findClaims(a).map((c) => ({ ...c, figure: text.slice(a.quantities[c.quantity]!.start, a.quantities[c.quantity]!.end) }));
}

describe('a subject does not repeat the unit', () => {
  it.each([
    ['At least 14 miners were trapped after the shaft collapsed.', 'trapped'],
    ['Nine villagers have died of cholera since the rains began.', 'died of cholera'],
    ['About 300 passengers were left without power on the stalled train.', 'left without power'],
    ['Officials said 40 students, including six teachers, were rescued.', 'rescued'],
    ['Rescuers say 12 climbers are still missing.', 'missing'],
    ['Health officials say 90 patients across the region have died of the fever.', 'died of the fever'],
    ['At least four players and a coach were hurt in the crash.', 'hurt in the crash'],
    ['Six guards were killed in the raid and several others were hurt.', 'killed in the raid'],
  ])('%s -> %s', (sentence, subject) => {
    expect(claimsOf(sentence)[0]?.subject).toBe(subject);
  });
  it('"killing at least eight people" -> "killing", the verb that acts on what is counted', () => {
    const [c] = claimsOf('A truck bomb exploded near the market, killing at least eight people.');
    expect(c).toMatchObject({ subject: 'killing', value: 8, unit: 'people', qualifier: 'at-least' });
  });
  it.each([
    ['A shell hit the market, killing four traders and wounding 16 others.', '16', 'wounding'],
    ['Gunmen attacked the bus, wounding several passengers.', 'several passengers', 'wounding'],
    ['The charity quotes witnesses as saying as many as 30 people were arrested.', 'as many as 30 people', 'arrested'],
  ])('%s: "%s" -> %s', (sentence, figure, subject) => {
    expect(claimsOf(sentence).find((c) => c.figure === figure)?.subject).toBe(subject);
  });
  it('a place phrase after the count is no verb group: "40 farms in the flooded valley" -> no "flooded"', () => {
    expect(claimsOf('The agency counted 40 farms in the flooded valley.')[0]?.subject).not.toBe('flooded');
  });
  it('"12 others were hurt" -> hurt', () => {
    expect(claimsOf('Three guards died and 12 others were hurt.').find((c) => c.value === 12)?.subject).toBe('hurt');
  });
  it('"the two men" refers to people already named: no claim', () => {
    expect(claimsOf('The president met the prime minister, and the two men discussed trade.')).toEqual([]);
  });
  it('"30 percent of the country farmers" -> the share of the farmers, not of the country', () => {
    expect(claimsOf("About 30 percent of the country's farmers grow rice.")[0]?.subject).toBe("share of country's farmers");
  });
  it('"killing five people and wounding 20" -> "killing" for the five, "wounding" for the 20', () => {
    const cs = claimsOf('A bomb exploded at the station, killing five people and wounding 20 others.');
    expect(cs.map((c) => [c.value, c.subject])).toEqual([
      [5, 'killing'],
      [20, 'wounding'],
    ]);
  });
  it('"troops rounded up 35 suspects" -> "rounded up"', () => {
    expect(claimsOf('Troops rounded up 35 suspects.')[0]?.subject).toBe('rounded up');
  });
  it('a bare count with nothing said of it has no subject (null), and is still a claim', () => {
    const [c] = claimsOf('The list named 250 companies.');
    expect(c).toMatchObject({ value: 250, unit: 'companies' });
    expect(c?.subject).not.toBe('companies');
  });
  it('a measure keeps what it measures: "output of 1.5 million barrels per day" -> "output"', () => {
    const [c] = claimsOf('The field reached an output of 1.5 million barrels per day.');
    expect(c).toMatchObject({ value: 1.5e6, unit: 'bbl/d', subject: 'output' });
  });
});

describe('claims keep vagueness and qualifiers', () => {
  it('"thousands of workers went on strike" is vague: at least 2000, no exact figure', () => {
    const [c] = claimsOf('Thousands of dock workers went on strike on Friday.');
    expect(c).toMatchObject({ value: 2000, vague: true, qualifier: 'at-least', range: { min: 2000, max: 99_999 }, subject: 'went on strike' });
  });
  it('a plain figure is neither vague nor qualified', () => {
    const [c] = claimsOf('The ministry hired 830 nurses last year.', { timexes: [{ text: 'last year', value: '2025' }] });
    expect(c).toMatchObject({ value: 830, qualifier: null, subject: 'hired', time: '2025' });
    expect(c?.vague).toBeUndefined();
  });
  it('"more than $4 billion" keeps more-than on the claim', () => {
    const [c] = claimsOf('The dam will cost more than $4 billion.');
    expect(c).toMatchObject({ value: 4e9, unit: 'USD', qualifier: 'more-than' });
  });
  it('"one of the suspects", "no one was hurt" make no claim; "one guard was hurt" does', () => {
    expect(claimsOf('One of the suspects escaped, and no one was hurt in the chase.')).toEqual([]);
    expect(claimsOf('One guard was hurt in the chase.').map((c) => [c.value, c.unit, c.subject])).toEqual([[1, 'guard', 'hurt in the chase']]);
  });
});

describe('the claimant of a reported figure', () => {
  it('"X said" and "according to X" give X', () => {
    const spec: FixtureSpec = {
      entities: [{ name: 'Red Crescent', type: 'organization' }],
      mentions: [{ text: 'Red Crescent', entity: 'Red Crescent' }],
    };
    expect(claimsOf('The Red Crescent said 65 families were evacuated.', spec)[0]).toMatchObject({ claimant: 0, subject: 'evacuated' });
    expect(claimsOf('About 65 families were evacuated, according to the Red Crescent.', spec)[0]).toMatchObject({ claimant: 0, qualifier: 'about' });
  });
  it.each([
    ['Rights groups say 70 activists were detained.', 'Rights groups'],
    ['Local officials in the district said 18 houses were destroyed.', 'Local officials in the district'],
    ['About 120 fishermen are missing, according to the coast guard.', 'the coast guard'],
    ['Nearly 40 schools were closed, police said.', 'police'],
    ['A state-run weekly, the Harbour Times, says 600 workers were laid off.', 'the Harbour Times'],
  ])('a source that is no entity keeps its words: %s', (sentence, who) => {
    expect(claimsOf(sentence)[0]).toMatchObject({ claimant: -1, claimantText: who });
  });
  it('a pronoun is not kept as a source, nor is a source claimed when nobody reports', () => {
    expect(claimsOf('They said 70 activists were detained.')[0]).toMatchObject({ claimant: -1, claimantText: null });
    expect(claimsOf('The storm destroyed 18 houses.')[0]).toMatchObject({ claimant: -1, claimantText: null });
  });
});
