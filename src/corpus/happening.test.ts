import { describe, expect, it } from 'vitest';
import { describeHappening, figuresDiffer, conflictingFigures, objectsAgree, objectsConflict } from './happening.js';
import { eventRoot } from './event-words.js';
import { parsed, spanOf, whole } from './parsed.test-util.js';

/** Objects are compared by root (event-words.ts). */
const roots = (...words: string[]) => words.map(eventRoot);

async function happening(text: string, trigger: string, names: string[] = []) {
  const a = await parsed(text, names);
  return describeHappening(a, spanOf(text, trigger), whole(text));
}

describe('what a report says happened', () => {
  it('takes the object of a verb through a measure to the thing measured', async () => {
    const h = await happening('Ruritania shipped about 40,000 tonnes of rice to Freedonia last week.', 'shipped', ['Ruritania', 'Freedonia']);
    expect(h.objects).toEqual(roots('rice'));
    expect(h.classes).toContain('food');
    expect(h.figures.map((f) => [f.value, f.unitText])).toEqual([[40000, 't']]);
  });

  it('takes the "of" complement of a noun trigger and a noun compound before it', async () => {
    const h = await happening('Freedonia took its first deliveries of cheap diesel in May.', 'deliveries', ['Freedonia']);
    expect(h.objects).toEqual(roots('diesel'));
    const c = await happening('The coffee shipments reached the port on Friday.', 'shipments');
    expect(c.objects).toEqual(roots('coffee'));
  });

  it('takes the subject of a passive trigger', async () => {
    const h = await happening('Twelve hostages were freed by the rebels on Sunday.', 'freed');
    expect(h.objects).toEqual(roots('hostage'));
  });

  it('passes over a named recipient to what it was given', async () => {
    const h = await happening('The ministry supplied the Freedonian army with rifles and ammunition.', 'supplied', ['Freedonian army']);
    expect(h.objects).toEqual(roots('rifle'));
    expect(h.classes).toEqual([]);
  });

  it('names no object for a name, a pronoun or an empty head', async () => {
    expect((await happening('The envoy visited Freedonia in June.', 'visited', ['Freedonia'])).objects).toEqual([]);
    expect((await happening('The minister thanked them warmly.', 'thanked')).objects).toEqual([]);
    expect((await happening('The two sides agreed on several things.', 'agreed')).objects).toEqual([]);
  });

  it('reads a figure the quantity reader left without a unit because a name stands between', async () => {
    const h = await happening('Troops killed 35 Ruritanian fighters near the border.', 'killed', ['Ruritanian']);
    expect(h.figures.map((f) => [f.value, f.unitText])).toEqual([[35, 'fighters']]);
  });

  it('keeps to the clause of the trigger', async () => {
    const text = 'The navy seized 20 boats; separately, the police arrested 300 protesters.';
    const h = await happening(text, 'seized');
    expect(h.objects).toEqual(roots('boat'));
    expect(h.figures.map((f) => f.value)).toEqual([20]);
  });
});

describe('comparing two reports', () => {
  it('tells different things apart and lets a shared class or a shared word agree', async () => {
    const rice = await happening('Ruritania shipped rice to Freedonia.', 'shipped', ['Ruritania', 'Freedonia']);
    const fuel = await happening('Freedonia received deliveries of Ruritanian fuel.', 'deliveries', ['Freedonia', 'Ruritanian']);
    const grain = await happening('Ruritania sent more grain to Freedonia.', 'sent', ['Ruritania', 'Freedonia']);
    const riceShipment = await happening('A shipment from Ruritania arrived with rice for Freedonia.', 'shipment', ['Ruritania', 'Freedonia']);
    expect(objectsConflict(rice, fuel)).toBe(true);
    expect(objectsAgree(rice, grain)).toBe(true);
    expect(objectsConflict(rice, grain)).toBe(false);
    // No object read for the second, so nothing to tell apart.
    expect(objectsConflict(rice, riceShipment)).toBe(false);
  });

  it('does not tell apart two objects when one report names the other object anywhere in its clause', async () => {
    const tractors = await happening('The company bought two tractors from the dealer.', 'bought');
    const ferries = await happening('The company bought two ferries from the dealer.', 'bought');
    // Words of no known class never conflict: a report may name one thing by many words.
    expect(objectsConflict(tractors, ferries)).toBe(false);
    const a = await happening('Freedonia bought fuel from the refinery.', 'bought', ['Freedonia']);
    const b = await happening('The refinery sold Freedonia its fuel in a deal for wheat.', 'deal', ['Freedonia']);
    expect(a.objects).toEqual(roots('fuel'));
    expect(b.objects).toEqual(roots('wheat'));
    expect(objectsConflict(a, b)).toBe(false);
  });

  it('tells far-apart amounts of one unit from a disagreement about one figure', async () => {
    const twelve = await happening('Gunmen killed 12 soldiers at a checkpoint.', 'killed');
    const fifteen = await happening('Gunmen killed 15 soldiers at a checkpoint.', 'killed');
    const sixty = await happening('Gunmen killed 60 soldiers at a checkpoint.', 'killed');
    const atLeastTen = await happening('Gunmen killed at least 10 soldiers at a checkpoint.', 'killed');
    expect(conflictingFigures(twelve, fifteen)).toHaveLength(1);
    expect(figuresDiffer(twelve, fifteen)).toBe(false);
    expect(figuresDiffer(twelve, sixty)).toBe(true);
    expect(conflictingFigures(atLeastTen, twelve)).toEqual([]);
    // Units of one class count as one unit.
    const militants = await happening('Soldiers killed 8 militants in the hills.', 'killed');
    const insurgents = await happening('Soldiers killed 40 insurgents in the hills.', 'killed');
    expect(figuresDiffer(militants, insurgents)).toBe(true);
  });
});
