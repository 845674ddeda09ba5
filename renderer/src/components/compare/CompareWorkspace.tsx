import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FolderView, MenuCommand } from '../../../../shared/ipc/types';
import { useCommands, displayAccelerator } from '../../hooks/use-commands';
import type { ComparePairState } from '../../hooks/use-compare-pair';
import { SharedCompareClient, type CompareClient } from '../../workers/compare-client';
import { Dialog } from '../Dialog';
import { ArticleReader } from './ArticleReader';
import { ComparePicker } from './ComparePicker';
import { CompareView, type RevealTarget } from './CompareView';
import './compare.css';

/**
 * The compare area: what the folder lacks when it has no article, the article read alone when it is the only one,
 * a prompt when nothing is selected, "Compare with…" when one article is, the side-by-side view when two are; also
 * the Compare with… dialog and the swap command.
 */
export function CompareWorkspace({
  folder,
  pair,
  makeClient,
  watchPhrases,
  reveal,
  onOpenFolder,
}: {
  folder: FolderView;
  pair: ComparePairState;
  makeClient?: () => CompareClient;
  /** Phrases highlighted in the comparison. */
  watchPhrases?: readonly string[];
  /** Text of the open pair to scroll to and highlight. */
  reveal?: RevealTarget | null;
  /** Opens another folder (offered when this one has no article). */
  onOpenFolder?: () => void;
}) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  // One worker for every pair of the workspace: choosing a pair does not wait for a worker to start.
  const [shared] = useState(() => (makeClient ? null : new SharedCompareClient()));
  useEffect(() => () => shared?.close(), [shared]);
  const clientOf = makeClient ?? (shared ? () => shared : undefined);
  const { a, b } = pair.view;
  const articleA = a ? folder.articles.find((x) => x.id === a) : undefined;

  useCommands((command: MenuCommand) => {
    if (command === 'swap-sides') pair.swap();
    else if (command === 'compare-with' && a) setPicking(true);
  });

  const dialog =
    picking && a ? (
      <Dialog
        title={t('compare.pick.title', { title: articleA?.title ?? a })}
        onClose={() => setPicking(false)}
      >
        <ComparePicker
          folder={folder}
          articleId={a}
          current={b}
          onPick={(id) => {
            setPicking(false);
            pair.compareWith(id);
          }}
        />
      </Dialog>
    ) : null;

  if (!pair.restored) return null;
  if (folder.articles.length === 0) {
    const unreadable = folder.skipped.length;
    return (
      <section className="placeholder empty-folder" aria-labelledby="empty-folder-title">
        <h2 id="empty-folder-title">{t('shell.emptyFolderTitle', { name: folder.name })}</h2>
        <p>
          {unreadable > 0
            ? t('shell.emptyFolderUnreadable', { count: unreadable })
            : t('shell.emptyFolderBody')}
        </p>
        {onOpenFolder ? (
          <button type="button" className="button primary" onClick={onOpenFolder}>
            {t('shell.openOtherFolder')}
          </button>
        ) : null}
      </section>
    );
  }
  const only = folder.articles.length === 1 ? folder.articles[0]?.id : undefined;
  if (only && (!a || a === only) && !b) return <ArticleReader folder={folder} id={only} />;
  if (!a) return <p className="placeholder">{t('shell.selectArticle')}</p>;
  if (!b) {
    return (
      <section className="cmp-choose" aria-labelledby="cmp-choose-title">
        <h2 id="cmp-choose-title" className="cmp-choose-title">
          {t('compare.pick.title', { title: articleA?.title ?? a })}
        </h2>
        <p className="muted">{t('compare.pick.hint', { shortcut: displayAccelerator('CmdOrCtrl') })}</p>
        <ComparePicker folder={folder} articleId={a} onPick={pair.compareWith} />
        {dialog}
      </section>
    );
  }
  return (
    <>
      <CompareView
        key={`${a}\u0000${b}`}
        folder={folder}
        aId={a}
        bId={b}
        options={pair.view.options}
        onOptionsChange={pair.setOptions}
        onSwap={pair.swap}
        onCompareWith={() => setPicking(true)}
        initialScrollRow={pair.view.scrollRow}
        onScrollRow={pair.setScrollRow}
        {...(clientOf ? { makeClient: clientOf } : {})}
        {...(watchPhrases ? { watchPhrases } : {})}
        {...(reveal ? { reveal } : {})}
      />
      {dialog}
    </>
  );
}
