import { useTranslation } from 'react-i18next';
import { MENU } from '../../../shared/menu';
import { displayAccelerator } from '../hooks/use-commands';
import { Dialog } from './Dialog';

const SHORTCUTS = MENU.flatMap((section) =>
  section.entries.flatMap((entry) =>
    entry.kind === 'command' && (entry.accelerator || entry.keys)
      ? [
          {
            keys: [entry.accelerator, ...(entry.keys ?? [])].filter((k): k is string => Boolean(k)),
            label: entry.labelKey,
          },
        ]
      : [],
  ),
);

/** Help > Keyboard Shortcuts: every shortcut of the app, taken from the menu model. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('dialog.shortcutsTitle')} onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.label}>
              <td>
                {s.keys.map((keys) => (
                  <kbd key={keys}>{displayAccelerator(keys)}</kbd>
                ))}
              </td>
              <td>{t(s.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
