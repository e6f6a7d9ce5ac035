import { describe, expect, it } from 'vitest';
import { announceFilter, announceStep } from '../../src/model/graph/describe';

describe('announceStep', () => {
  const steps = [
    { title: 'First', text: 'It begins.' },
    { title: 'Second', text: 'It goes on.' },
  ];

  it('says where the step is in the tour, then its title and text', () => {
    expect(announceStep(steps, 1)).toBe('Guided tour, step 2 of 2: Second. It goes on.');
  });

  it('says nothing for a step the tour does not have', () => {
    expect(announceStep(steps, 2)).toBe('');
  });
});

describe('announceFilter', () => {
  const node = (id: string, type: string) => ({ id, label: id, type, evidence: [] });
  const nodes = [node('a', 'person'), node('b', 'person'), node('c', 'place'), node('d', 'NGO')];

  it('says which types were hidden or shown, and how many nodes are left in view', () => {
    expect(announceFilter(nodes, [], ['person'])).toBe('Person nodes hidden: 2 of 4 nodes in view.');
    expect(announceFilter(nodes, ['person'], ['person', 'place', 'NGO'])).toBe('Place and NGO nodes hidden: 0 of 4 nodes in view.');
    expect(announceFilter(nodes, ['person', 'place', 'NGO'], [])).toBe('Person, place and NGO nodes shown: 4 of 4 nodes in view.');
  });
});
