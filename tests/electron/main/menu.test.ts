import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
}));

const { buildMenu } = await import('../../../electron/main/menu');
const { translate } = await import('../../../shared/i18n/index');

type Item = {
  label?: string;
  role?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  click?: () => void;
  submenu?: Item[];
};

describe('application menu', () => {
  it('has File, Edit, View and Help in the chosen language, with commands sent to the renderer', () => {
    const onCommand = vi.fn();
    const menu = buildMenu((key) => translate('fr', key), onCommand, false) as unknown as {
      template: Item[];
    };
    const labels = menu.template.map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['Fichier', 'Édition', 'Affichage', 'Aide']));
    expect(labels[0]).toBe('Fichier');
    expect(labels.at(-1)).toBe('Aide');
    const open = menu.template[0]?.submenu?.find((i) => i.label === 'Ouvrir un dossier…');
    expect(open).toMatchObject({ accelerator: 'CmdOrCtrl+O', registerAccelerator: false });
    open?.click?.();
    expect(onCommand).toHaveBeenCalledWith('open-folder');
    const help = menu.template.at(-1)?.submenu?.map((i) => i.label);
    expect(help).toContain('À propos de Recoupe');
    const view = menu.template.find((m) => m.label === 'Affichage')?.submenu?.map((i) => i.label);
    expect(view).toEqual(expect.arrayContaining(['Zoom avant', 'Thème : sombre', 'English']));
  });

  it('names the step Edit > Undo and Redo would take back or do again', () => {
    const edit = (lang: 'en' | 'fr', undo: { undo: 'note-add' | null; redo: 'outlet' | null }) =>
      (
        buildMenu((key, params) => translate(lang, key, params), vi.fn(), false, [], undo) as unknown as {
          template: Item[];
        }
      ).template[1]?.submenu
        ?.slice(0, 2)
        .map((i) => i.label);
    expect(edit('en', { undo: 'note-add', redo: 'outlet' })).toEqual([
      'Undo add note',
      'Redo correct outlet',
    ]);
    expect(edit('fr', { undo: 'note-add', redo: null })).toEqual([
      'Annuler « ajouter une note »',
      'Rétablir',
    ]);
    expect(edit('en', { undo: null, redo: null })).toEqual(['Undo', 'Redo']);
  });

  it('adds the application menu on macOS', () => {
    const menu = buildMenu((key) => key, vi.fn(), true) as unknown as { template: Item[] };
    expect(menu.template[0]).toEqual({ role: 'appMenu' });
  });
});
