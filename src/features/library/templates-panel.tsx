import { useCallback, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Input } from '../../components/ui/input.tsx';
import { useUndoToast } from '../../components/ui/undo-toast.tsx';
import { truncateChars } from '../../domain/message/count.ts';
import type { DraftSnapshot } from '../../domain/message/draft.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { issueLine } from '../../i18n/issue-text.ts';
import { KIND_LABEL_KEYS } from '../../i18n/kind-label.ts';
import { useStore } from '../../lib/create-store.ts';
import { downloadJson, fileStamp } from '../../lib/download.ts';
import { draftSummary } from './draft-text.ts';
import { StorageNotices } from './storage-notices.tsx';
import {
  applyTemplate,
  createTemplate,
  mergeImported,
  readTemplatesFile,
  searchTemplates,
  type Template,
  TEMPLATES_FILE_MAX_BYTES,
  templatesStore,
  toTemplatesFile,
  type ImportRejection,
  templateVariables,
  type TemplateVariables,
  uniqueName,
} from './templates.ts';

export interface TemplatesPanelHandle {
  /** Opens "Save as template" (Alt+S). */
  openSave(): void;
  /** Focuses the search field (/ or Ctrl+K). */
  focusSearch(): void;
}

type TemplatesStore = typeof templatesStore;

/** A name short enough for a list, taken from the message itself. */
const SUGGESTED_NAME_MAX_CHARS = 40;

type ImportReport =
  | { kind: 'done'; added: number; duplicates: number; rejected: ImportRejection[] }
  | { kind: 'failed'; text: string };

function RenameForm({
  template,
  onSave,
  onCancel,
}: {
  template: Template;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(template.name);
  const inputId = useId();
  const blank = name.trim() === '';
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (!blank) onSave(name.trim());
      }}
    >
      <label htmlFor={inputId} className="sr-only">
        {t('library.templates.renameLabel', { name: template.name })}
      </label>
      <Input
        id={inputId}
        value={name}
        onChange={(event) => setName(event.target.value)}
        // Focus moves into the field the user just asked for.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        onFocus={(event) => event.target.select()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
        aria-invalid={blank || undefined}
        density="compact"
        className="min-w-0 flex-1"
      />
      <Button type="submit" size="sm" variant="primary" disabled={blank}>
        {t('library.templates.renameSave')}
      </Button>
      <Button size="sm" onClick={onCancel}>
        {t('library.templates.cancel')}
      </Button>
    </form>
  );
}

function TemplateRow({
  template,
  renaming,
  onLoad,
  onStartRename,
  onRename,
  onCancelRename,
  onDuplicate,
  onDelete,
}: {
  template: Template;
  renaming: boolean;
  onLoad: () => void;
  onStartRename: () => void;
  onRename: (name: string) => void;
  onCancelRename: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const { t } = useI18n();
  const nameId = useId();
  const summary = draftSummary(template.draft);
  const name = template.name;
  return (
    <li
      aria-labelledby={nameId}
      className="flex flex-col gap-1.5 border-b border-neutral-200 py-2.5 last:border-b-0 dark:border-neutral-700"
    >
      {renaming ? (
        <RenameForm template={template} onSave={onRename} onCancel={onCancelRename} />
      ) : (
        <p id={nameId} dir="auto" className="truncate text-sm font-medium">
          {name}
        </p>
      )}
      <p className="truncate text-xs text-neutral-600 dark:text-neutral-400">
        <span className="font-medium">{t(KIND_LABEL_KEYS[template.draft.kind])}</span>
        {summary !== '' && (
          <>
            {' · '}
            <span dir="auto">{summary}</span>
          </>
        )}
      </p>
      {!renaming && (
        <div className="flex flex-wrap gap-1">
          <Button
            size="sm"
            variant="primary"
            onClick={onLoad}
            aria-label={t('library.templates.loadNamed', { name })}
          >
            {t('library.templates.load')}
          </Button>
          <Button size="sm" onClick={onStartRename} aria-label={t('library.templates.renameNamed', { name })}>
            {t('library.templates.rename')}
          </Button>
          <Button
            size="sm"
            onClick={onDuplicate}
            aria-label={t('library.templates.duplicateNamed', { name })}
          >
            {t('library.templates.duplicate')}
          </Button>
          <Button
            size="sm"
            variant="danger"
            onClick={onDelete}
            aria-label={t('library.templates.deleteNamed', { name })}
          >
            {t('library.templates.delete')}
          </Button>
        </div>
      )}
    </li>
  );
}

function SaveDialog({
  open,
  suggestion,
  existing,
  onSave,
  onClose,
}: {
  open: boolean;
  suggestion: string;
  existing: readonly Template[];
  onSave: (name: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(suggestion);
  const [shownFor, setShownFor] = useState<string | null>(null);
  // A new opening starts from the new suggestion.
  if (open && shownFor !== suggestion) {
    setShownFor(suggestion);
    setName(suggestion);
  }
  if (!open && shownFor !== null) setShownFor(null);
  const formId = useId();
  const inputId = useId();
  const hintId = useId();
  const trimmed = name.trim();
  const replaces = existing.find((template) => template.name === trimmed);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('library.templates.saveTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('library.templates.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" disabled={trimmed === ''}>
            {replaces ? t('library.templates.replace') : t('library.templates.save')}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        className="flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed !== '') onSave(trimmed);
        }}
      >
        <label htmlFor={inputId} className="text-sm font-medium">
          {t('library.templates.nameLabel')}
        </label>
        <Input
          id={inputId}
          value={name}
          onChange={(event) => setName(event.target.value)}
          // The dialog exists to take this one name.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          onFocus={(event) => event.target.select()}
          aria-describedby={replaces ? hintId : undefined}
        />
        {replaces && (
          <p id={hintId} className="text-xs text-amber-800 dark:text-amber-300">
            {t('library.templates.replaceHint', { name: trimmed })}
          </p>
        )}
      </form>
    </Dialog>
  );
}

function ImportReportView({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const { t } = useI18n();
  const close = (
    <Button size="sm" variant="ghost" onClick={onClose}>
      {t('library.templates.closeReport')}
    </Button>
  );
  if (report.kind === 'failed') {
    return (
      <div
        role="alert"
        className="flex items-start justify-between gap-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-300"
      >
        <p>{report.text}</p>
        {close}
      </div>
    );
  }
  const rejected = report.rejected;
  return (
    <div
      role={rejected.length > 0 ? 'alert' : 'status'}
      className={
        rejected.length > 0
          ? 'rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/40 dark:text-amber-200'
          : 'rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-200'
      }
    >
      <div className="flex items-start justify-between gap-2">
        <p>
          {t('library.templates.imported', { count: report.added })}
          {report.duplicates > 0 && (
            <> {t('library.templates.importDuplicates', { count: report.duplicates })}</>
          )}
        </p>
        {close}
      </div>
      {rejected.length > 0 && (
        <>
          <p className="mt-2 font-semibold">{t('library.templates.rejected', { count: rejected.length })}</p>
          <ul className="mt-1 list-disc ps-5">
            {rejected.map((rejection) => (
              <li key={rejection.index}>
                {rejection.name === null
                  ? t('library.templates.entryUnnamed', { n: rejection.index + 1 })
                  : t('library.templates.entryNamed', { n: rejection.index + 1, name: rejection.name })}
                <ul className="list-none font-mono text-xs">
                  {rejection.issues.map((issue, index) => (
                    <li key={index}>{issueLine(t, issue)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * The template library: save the current message under a name, search by name and text, load, rename, duplicate,
 * delete — each undoable — and exchange the whole library as a JSON file.
 */
export function TemplatesPanel({
  getSnapshot,
  getVariables,
  onLoad,
  ref,
  store = templatesStore,
}: {
  getSnapshot: () => DraftSnapshot;
  /** The placeholders' defaults and samples, saved with the template (never the values). */
  getVariables?: () => TemplateVariables;
  /** Loads a message; `variables` are the template's defaults and samples when it is a template being loaded. */
  onLoad: (snapshot: DraftSnapshot, variables?: TemplateVariables) => void;
  ref?: Ref<TemplatesPanelHandle>;
  store?: TemplatesStore;
}) {
  const { t } = useI18n();
  const templates = useStore(store, (value) => value);
  const [query, setQuery] = useState('');
  const [saving, setSaving] = useState<{ suggestion: string } | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const { offer, element: toast } = useUndoToast();
  const searchRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const searchId = useId();

  /** Applies a change to the library, offering to put the previous library back. */
  const change = useCallback(
    (next: Template[], message: string) => {
      const before = store.get();
      store.set(next);
      offer(message, () => store.set(before));
    },
    [store, offer],
  );

  const openSave = useCallback(() => {
    const { drafts, kind } = getSnapshot();
    const summary = draftSummary(drafts[kind]);
    const suggestion =
      summary === '' ? t(KIND_LABEL_KEYS[kind]) : truncateChars(summary, SUGGESTED_NAME_MAX_CHARS);
    setSaving({ suggestion });
  }, [getSnapshot, t]);

  useImperativeHandle(
    ref,
    () => ({
      openSave,
      focusSearch: () => {
        searchRef.current?.focus();
        searchRef.current?.select();
      },
    }),
    [openSave],
  );

  const save = (name: string) => {
    const snapshot = structuredClone(getSnapshot());
    const draft = snapshot.drafts[snapshot.kind];
    const message = {
      name,
      draft,
      sendToThird: snapshot.sendToThird,
      ...templateVariables(draft, getVariables?.()),
    };
    const current = store.get();
    const replaced = current.find((template) => template.name === name);
    setSaving(null);
    if (replaced) {
      const updated = { ...replaced, ...message, updatedAt: new Date().toISOString() };
      change(
        current.map((template) => (template.id === replaced.id ? updated : template)),
        t('library.templates.replaced', { name }),
      );
    } else {
      change([createTemplate(message), ...current], t('library.templates.saved', { name }));
    }
  };

  const load = (template: Template) => {
    const previous = structuredClone(getSnapshot());
    onLoad(
      applyTemplate(previous, { draft: structuredClone(template.draft), sendToThird: template.sendToThird }),
      templateVariables(template.draft, template),
    );
    offer(t('library.templates.loaded', { name: template.name }), () => onLoad(previous));
  };

  const rename = (template: Template, name: string) => {
    setRenamingId(null);
    if (name === template.name) return;
    change(
      store
        .get()
        .map((other) =>
          other.id === template.id ? { ...other, name, updatedAt: new Date().toISOString() } : other,
        ),
      t('library.templates.renamed', { from: template.name, to: name }),
    );
  };

  const duplicate = (template: Template) => {
    const current = store.get();
    const name = uniqueName(
      current.map((other) => other.name),
      (n) => t('library.templates.copyName', { name: template.name, n, count: n }),
    );
    const copy = createTemplate({
      name,
      draft: structuredClone(template.draft),
      sendToThird: template.sendToThird,
      ...templateVariables(template.draft, template),
    });
    const at = current.findIndex((other) => other.id === template.id);
    change(
      [...current.slice(0, at + 1), copy, ...current.slice(at + 1)],
      t('library.templates.duplicated', { name }),
    );
  };

  const remove = (template: Template) => {
    change(
      store.get().filter((other) => other.id !== template.id),
      t('library.templates.deleted', { name: template.name }),
    );
  };

  const exportAll = () => {
    downloadJson(toTemplatesFile(store.get()), `digishare-templates-${fileStamp()}.json`);
  };

  const importFile = async (file: File) => {
    if (file.size > TEMPLATES_FILE_MAX_BYTES) {
      setReport({
        kind: 'failed',
        text: t('library.templates.fileTooLarge', { limit: TEMPLATES_FILE_MAX_BYTES / 1024 / 1024 }),
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setReport({ kind: 'failed', text: t('library.templates.fileUnreadable') });
      return;
    }
    const result = readTemplatesFile(text);
    if (!result.ok) {
      const reason =
        result.problem === 'invalidJson'
          ? issueLine(t, result.issues[0] ?? { path: [], key: 'invalidJson' })
          : result.problem === 'newerVersion'
            ? t('library.templates.newerFile', { version: result.version })
            : t('library.templates.notTemplatesFile');
      setReport({ kind: 'failed', text: reason });
      return;
    }
    const merged = mergeImported(store.get(), result.accepted);
    setReport({
      kind: 'done',
      added: merged.added,
      duplicates: merged.duplicates,
      rejected: result.rejected,
    });
    if (merged.added > 0) change(merged.templates, t('library.templates.imported', { count: merged.added }));
  };

  const shown = searchTemplates(templates, query);

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {t('library.templates.heading')}
        </h2>
        <Button onClick={openSave} aria-keyshortcuts="Alt+S">
          {t('library.templates.saveCurrent')}
        </Button>
      </div>
      <StorageNotices areas={['templates']} />
      <div className="flex flex-col gap-1">
        <label htmlFor={searchId} className="text-sm font-medium">
          {t('library.templates.search')}
        </label>
        <Input
          id={searchId}
          ref={searchRef}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t('library.templates.searchPlaceholder')}
        />
      </div>
      {templates.length === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{t('library.templates.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          {t('library.templates.noMatch', { query: query.trim() })}
        </p>
      ) : (
        <ul aria-label={t('library.templates.list', { count: shown.length })} className="flex flex-col">
          {shown.map((template) => (
            <TemplateRow
              key={template.id}
              template={template}
              renaming={renamingId === template.id}
              onLoad={() => load(template)}
              onStartRename={() => setRenamingId(template.id)}
              onRename={(name) => rename(template, name)}
              onCancelRename={() => setRenamingId(null)}
              onDuplicate={() => duplicate(template)}
              onDelete={() => remove(template)}
            />
          ))}
        </ul>
      )}
      {toast}
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={exportAll} disabled={templates.length === 0}>
          {t('library.templates.export')}
        </Button>
        <Button size="sm" onClick={() => fileRef.current?.click()}>
          {t('library.templates.import')}
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {report && <ImportReportView report={report} onClose={() => setReport(null)} />}
      <SaveDialog
        open={saving !== null}
        suggestion={saving?.suggestion ?? ''}
        existing={templates}
        onSave={save}
        onClose={() => setSaving(null)}
      />
    </section>
  );
}
