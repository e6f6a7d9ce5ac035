import { describe, expect, it } from 'vitest';
import { chooseRenderer } from '../../src/graph/rendererChoice';
import { parseRendererPreference } from '../../src/model/view/rendererPreference';

const gpu = (name: string) => () => ({ available: true, gpu: name });
const none = () => ({ available: false, gpu: '' });

describe('chooseRenderer', () => {
  it('draws large graphs with WebGL on a real GPU, and small ones on canvas', () => {
    expect(chooseRenderer('auto', 'large', gpu('ANGLE (NVIDIA GeForce RTX 3060)')).webgl).toBe(true);
    expect(chooseRenderer('auto', 'small', gpu('ANGLE (NVIDIA GeForce RTX 3060)')).webgl).toBe(false);
  });

  it('falls back to canvas where WebGL is missing or runs in software (CI browsers)', () => {
    expect(chooseRenderer('auto', 'large', none)).toEqual({ webgl: false, reason: 'WebGL 2 is not available in this browser' });
    const soft = chooseRenderer('auto', 'large', gpu('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)'));
    expect(soft.webgl).toBe(false);
    expect(soft.reason).toMatch(/software/);
    expect(chooseRenderer('auto', 'large', gpu('llvmpipe (LLVM 15.0.6, 256 bits)')).webgl).toBe(false);
  });

  it('honours an explicit choice, except WebGL where the browser has none', () => {
    expect(chooseRenderer('webgl', 'small', gpu('SwiftShader')).webgl).toBe(true);
    expect(chooseRenderer('webgl', 'large', none).webgl).toBe(false);
    expect(chooseRenderer('canvas', 'large', gpu('Apple M2')).webgl).toBe(false);
  });

  it('reads ?renderer= leniently: anything unknown means auto', () => {
    expect([parseRendererPreference('webgl'), parseRendererPreference('canvas'), parseRendererPreference('WebGL'), parseRendererPreference(null)]).toEqual(['webgl', 'canvas', 'auto', 'auto']);
  });
});

describe('chooseRenderer after a lost WebGL context', () => {
  it('draws on canvas even where WebGL was asked for', () => {
    expect(chooseRenderer('webgl', 'large', gpu('Apple M2'), { contextLost: true })).toEqual({ webgl: false, reason: 'the WebGL context was lost; drawing on canvas' });
  });
});
