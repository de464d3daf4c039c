import { useCallback, useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';

export type Status = { kind: 'ok' | 'error'; text: string } | undefined;

/** The outcome of the last action: announced to screen readers, errors assertively. */
export function Notice({ status }: { status: Status }) {
  if (!status) return null;
  return (
    <p
      className={`notice notice-${status.kind}`}
      role={status.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      {status.text}
    </p>
  );
}

/** Runs an action and records its success message or its error's text. */
export function useAction(): [Status, (run: () => Promise<string>) => Promise<void>, boolean] {
  const [status, setStatus] = useState<Status>();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: () => Promise<string>) => {
    setBusy(true);
    setStatus(undefined);
    try {
      setStatus({ kind: 'ok', text: await action() });
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }, []);
  return [status, run, busy];
}

export function submit(handler: () => void | Promise<void>) {
  return (event: FormEvent) => {
    event.preventDefault();
    void handler();
  };
}

export function Field(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  required?: boolean;
  autoComplete?: string;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        required={props.required}
        autoComplete={props.autoComplete}
        placeholder={props.placeholder}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

export function Select(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A secret shown once, with a button that copies it. */
export function Secret({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  const id = useId();
  return (
    <div className="secret">
      <p>
        <strong id={id}>{label}</strong> (shown once: store it now)
      </p>
      <code aria-labelledby={id} data-testid="secret">
        {value}
      </code>
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard.writeText(value).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}

/** Deletion that asks for the name to be typed, so a slip of the keyboard deletes nothing. */
export function ConfirmDelete(props: {
  name: string;
  what: string;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}) {
  const [typed, setTyped] = useState('');
  return (
    <form className="confirm" onSubmit={submit(props.onConfirm)}>
      <Field label={`Type "${props.name}" to delete this ${props.what}`} value={typed} onChange={setTyped} />
      <div className="actions">
        <button type="submit" className="danger" disabled={typed !== props.name}>
          Delete {props.what}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A yes-or-no question before an action that cannot be undone; focus starts on Cancel, the safe answer. */
export function Confirm(props: {
  question: string;
  action: string;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  return (
    <div className="confirm" role="group" aria-labelledby={id}>
      <p id={id}>{props.question}</p>
      <div className="actions">
        <button type="button" className="danger" onClick={() => void props.onConfirm()}>
          {props.action}
        </button>
        <button type="button" onClick={props.onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** A list read page by page through the API's cursors; `back` keeps the cursors already seen. */
export function useCursorPages<T>(
  load: (cursor: string | undefined) => Promise<{ items: T[]; next: string | null | undefined }>,
  deps: unknown[],
) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | null | undefined>();
  const [error, setError] = useState<string>();
  const [version, setVersion] = useState(0);
  const cursor = cursors[cursors.length - 1];
  useEffect(() => setCursors([undefined]), deps);
  useEffect(() => {
    let live = true;
    load(cursor).then(
      (page) => {
        if (!live) return;
        setItems(page.items);
        setNext(page.next);
        setError(undefined);
      },
      (failure: Error) => live && setError(failure.message),
    );
    return () => {
      live = false;
    };
  }, [cursor, version, ...deps]);
  return {
    items,
    error,
    reload: () => setVersion((v) => v + 1),
    pager: (
      <Pager
        onPrevious={cursors.length > 1 ? () => setCursors((list) => list.slice(0, -1)) : undefined}
        onNext={next ? () => setCursors((list) => [...list, next]) : undefined}
        label={`Page ${cursors.length}`}
      />
    ),
  };
}

export function Pager(props: { onPrevious?: () => void; onNext?: () => void; label: string }) {
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" onClick={props.onPrevious} disabled={!props.onPrevious}>
        Previous
      </button>
      <span>{props.label}</span>
      <button type="button" onClick={props.onNext} disabled={!props.onNext}>
        Next
      </button>
    </nav>
  );
}

/** A list's error, its empty notice, or a table of its items under these column headers. */
export function ItemsTable<T>(props: {
  list: { items?: T[]; error?: string };
  empty: string;
  testId: string;
  headers: string[];
  row: (item: T) => ReactNode;
}) {
  const { items, error } = props.list;
  return (
    <>
      {error && <p role="alert">{error}</p>}
      {items?.length === 0 && <p>{props.empty}</p>}
      {items && items.length > 0 && (
        <div className="table-wrap">
          <table data-testid={props.testId}>
            <thead>
              <tr>
                {props.headers.map((header) => (
                  <th scope="col" key={header}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{items.map(props.row)}</tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function when(iso: string | null | undefined): string {
  return iso ? new Date(iso).toISOString().replace('T', ' ').slice(0, 19) + ' UTC' : '—';
}
