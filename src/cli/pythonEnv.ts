import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the interchange tests' Python lives (gitignored), and the pinned packages it holds. */
export const VENV = '.venv';
export const REQUIREMENTS = 'tests/python/requirements.txt';
const STAMP = join(VENV, 'quotegraph-requirements.txt');

/** The venv's Python, on Linux and macOS (`Scripts\python.exe` on Windows). */
export const venvPython = () => join(VENV, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');

function run(command: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, output: `${result.error?.message ?? ''}${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/**
 * Makes sure `.venv` holds exactly the packages in tests/python/requirements.txt (NetworkX, igraph, lxml), creating
 * it with `python3 -m venv` and pip when it is missing or the requirements changed. Throws a message saying how to
 * set Python up when it cannot, so a missing Python fails the tests instead of skipping them.
 */
export function ensurePythonEnv(log: (line: string) => void = () => {}): string {
  const wanted = readFileSync(REQUIREMENTS, 'utf8');
  if (existsSync(venvPython()) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === wanted) return venvPython();
  const python = process.env.PYTHON ?? (process.platform === 'win32' ? 'python' : 'python3');
  const version = run(python, ['--version']);
  if (!version.ok) {
    throw new Error(
      `The interchange tests read our exports with NetworkX and igraph, which need Python 3.9 or later with venv and pip ` +
        `("${python} --version" failed: ${version.output.trim()}). Install it (Debian/Ubuntu: apt-get install python3 python3-venv), ` +
        `or point PYTHON at one, then run npm run setup:python or npm test again.`,
    );
  }
  log(`Creating ${VENV} with ${version.output.trim()} and installing ${REQUIREMENTS}…`);
  const venv = run(python, ['-m', 'venv', VENV]);
  if (!venv.ok) throw new Error(`"${python} -m venv ${VENV}" failed (on Debian/Ubuntu install python3-venv):\n${venv.output.trim()}`);
  const pip = run(venvPython(), ['-m', 'pip', 'install', '--quiet', '-r', REQUIREMENTS]);
  if (!pip.ok) throw new Error(`pip could not install ${REQUIREMENTS} into ${VENV}:\n${pip.output.trim().split('\n').slice(-15).join('\n')}`);
  copyFileSync(REQUIREMENTS, STAMP);
  return venvPython();
}
