import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCommand } from '../../cli/commands/compare';
import { findCommand } from '../../cli/commands/find';
import { scanCommand } from '../../cli/commands/scan';
import { csvLine } from '../../cli/csv';
import { inertCell, jsonText, neutraliseControls } from '../../cli/terminal-safe';
import { runCommands } from '../helpers/cli';

/** Every control character a terminal acts on, other than tab and line feed. */
// eslint-disable-next-line no-control-regex -- the test looks for control characters
const ACTIVE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('neutraliseControls', () => {
  it('shows escape sequences, a lone carriage return and C1 controls as pictures, and keeps tabs, line feeds and CRLF', () => {
    expect(neutraliseControls('a\u001b]0;title\u0007b')).toBe('a\u241b]0;title\u2407b');
    expect(neutraliseControls('seen\rhidden')).toBe('seen\u240dhidden');
    expect(neutraliseControls('x\u009b2Ky\u007f')).toBe('x\ufffd2Ky\u2421');
    expect(neutraliseControls('a\tb\nc\r\n')).toBe('a\tb\nc\r\n');
  });
});

describe('jsonText', () => {
  it('escapes DEL, C1 controls and line separators so that the JSON carries the same data with nothing raw', () => {
    const value = { text: 'a\u009b2Kb\u2028c\u007f\u001b[8m' };
    const text = jsonText(value, 2);
    expect(text).not.toMatch(ACTIVE_CONTROL);
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('inertCell and csvLine', () => {
  it('prefixes text that a spreadsheet would run as a formula and leaves numbers as numbers', () => {
    expect(['=HYPERLINK("x")', '+1+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx'].map(inertCell)).toEqual([
      `'=HYPERLINK("x")`,
      `'+1+cmd`,
      `'-2+3`,
      `'@SUM(A1)`,
      `'\tx`,
      `'\rx`,
    ]);
    expect(['-5', '+3.2', '-1,5', '12', 'text', '', '1e5'].map(inertCell)).toEqual([
      '-5',
      '+3.2',
      '-1,5',
      '12',
      'text',
      '',
      '1e5',
    ]);
    expect(csvLine(['=1+1', '-7', 'plain'])).toBe(`'=1+1,-7,plain\r\n`);
  });
});

describe('the CLI on a crafted article', () => {
  let dir: string;
  const hostile =
    'Le port de Kerlaz rouvre\n\n' +
    'Les dockers de Kerlaz\u001b]0;owned\u0007 ont repris le travail lundi\u001b[2K\r apres trois jours de greve.\n\n' +
    'Le maire a salue un accord\u009b8m cache\u001b[28m conclu dans la nuit.\n';
  const plain =
    'Le port de Kerlaz rouvre\n\nLes dockers de Kerlaz ont repris le travail mardi apres trois jours de greve.\n\n' +
    'Le maire a salue un accord conclu dans la nuit.\n';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'recoupe-hostile-'));
    await writeFile(join(dir, 'a-crafted.txt'), hostile);
    await writeFile(join(dir, 'b-plain.txt'), plain);
    await writeFile(join(dir, '=cmd|calc.txt'), plain);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints no active control character in compare and scan text output', async () => {
    const commands = [compareCommand, scanCommand];
    const compared = await runCommands(
      commands,
      ['compare', 'a-crafted.txt', 'b-plain.txt', '--lang', 'en'],
      dir,
    );
    expect(compared.code).toBe(0);
    expect(compared.out).toContain('\u241b]0;owned');
    expect(compared.out).not.toMatch(ACTIVE_CONTROL);
    const scanned = await runCommands(commands, ['scan', '.'], dir);
    expect(scanned.code).toBe(0);
    expect(scanned.out).not.toMatch(ACTIVE_CONTROL);
  });

  it('keeps the article text exact in JSON output, escaped', async () => {
    const { code, out } = await runCommands(
      [compareCommand],
      ['compare', 'a-crafted.txt', 'b-plain.txt', '--json'],
      dir,
    );
    expect(code).toBe(0);
    expect(out.replace(/\r?\n$/, '')).not.toMatch(ACTIVE_CONTROL);
    expect(out).toContain('\\u009b8m cache');
    expect((JSON.parse(out) as { a: { text: string } }).a.text).toContain('accord\u009b8m cache\u001b[28m');
  });

  it('makes a file name that starts like a formula inert in CSV output', async () => {
    const { code, out } = await runCommands([findCommand], ['find', 'dockers', '.', '--csv'], dir);
    expect(code).toBe(0);
    const rows = out.trimEnd().split('\r\n').slice(1);
    expect(rows.some((row) => row.includes(`'=cmd|calc.txt`))).toBe(true);
    expect(rows.every((row) => !row.split(',')[1]?.startsWith('='))).toBe(true);
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });
});
