import { describe, expect, it } from 'vitest';
import { announceStep } from '../../src/model/graph/describe';

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
