import type { CommandEntry } from '../command';

/**
 * Every `recoupe` command, in the order `--help` lists them. A command's module (and what it imports) is loaded
 * only when that command runs, so `recoupe --version` and `recoupe --help` start without any of them.
 */
export const commands: readonly CommandEntry[] = [
  {
    name: 'scan',
    summary: 'read a folder of articles: outlets, dates, stories and reuse',
    load: async () => (await import('./scan')).scanCommand,
  },
  {
    name: 'claims',
    summary: 'extract numbers, dates, quotes and names and compare them across articles',
    load: async () => (await import('./claims')).claimsCommand,
  },
  {
    name: 'find',
    summary: 'find a phrase across a folder, grouped by outlet, with context',
    load: async () => (await import('./find')).findCommand,
  },
  {
    name: 'compare',
    summary: 'align two articles paragraph by paragraph and show what was copied, cut, added or reworded',
    load: async () => (await import('./compare')).compareCommand,
  },
  {
    name: 'notes',
    summary: "list a folder's notes: tags, quoted text, anchored or orphaned",
    load: async () => (await import('./notes')).notesCommand,
  },
  {
    name: 'export',
    summary: 'export the annotated comparison of two articles as PDF or HTML',
    load: async () => (await import('./export')).exportCommand,
  },
  {
    name: 'story',
    summary: 'collate a story: who carried what, who reuses whom (table, JSON, HTML, PDF)',
    load: async () => (await import('./story')).storyCommand,
  },
];
