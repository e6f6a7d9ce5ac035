import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './test';

/** Every file under a folder, as paths relative to it. */
function filesUnder(root: string, at = ''): string[] {
  return readdirSync(join(root, at)).flatMap((name) => {
    const path = at ? `${at}/${name}` : name;
    return statSync(join(root, path)).isDirectory() ? filesUnder(root, path) : [path];
  });
}

test('dist/ holds exactly what a newsroom uploads: the explorer, the element, its code, the stories, the schema and the config', () => {
  const files = filesUnder('dist');
  const unexpected = files.filter(
    (file) => !/^(index\.html|quote-graph\.js|story\.schema\.json|quotegraph\.config\.json|stories\/[\w.-]+\.json|assets\/[\w.-]+\.(js|css))$/.test(file),
  );
  expect(unexpected, 'files in dist/ a newsroom does not need').toEqual([]);
  for (const needed of ['index.html', 'quote-graph.js', 'story.schema.json', 'quotegraph.config.json', 'stories/xi-kim-beijing.json']) expect(files).toContain(needed);
  // No bench page, build manifest, README picture or demo rides along.
  expect(files.filter((file) => /bench|manifest|\.png$|demo/.test(file))).toEqual([]);
});

test('the config shipped in dist/ holds the safe defaults: the site’s own stories only, and ask before any other', () => {
  const config: unknown = JSON.parse(readFileSync('dist/quotegraph.config.json', 'utf8'));
  expect(config).toMatchObject({ allowedStoryOrigins: [], otherStories: 'ask' });
});
