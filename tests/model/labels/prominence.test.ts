import { describe, expect, it } from 'vitest';
import { prominenceOrder } from '../../../src/model/labels/prominence';
import { defaultStory, smallStory } from '../../helpers/stories';

describe('prominenceOrder', () => {
  it('puts the hubs first, then the better-quoted, then the curator’s order', () => {
    // Ben has two relations; Anna and Northland one each (Anna first in the story); the talks none.
    expect(prominenceOrder(smallStory())).toEqual(['ben', 'anna', 'northland', 'talks']);
  });

  it('names the default story’s main actors first', () => {
    expect(prominenceOrder(defaultStory()).slice(0, 3)).toEqual(['kim-jong-un', 'north-korea', 'china']);
  });
});
