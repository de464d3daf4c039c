import { useEffect, useId, useRef, useState } from 'react';
import { api, call, type Schemas } from '../api.js';
import { useApplications } from '../data.js';
import { Notice, Section, Select, useAction, when } from '../ui.js';

type Put = Schemas['PutSourcePriorityDto'];
type DeviceType = Put['device_types'][number];
type Provider = Put['providers'][number];

const DEVICE_TYPES: DeviceType[] = [
  'watch',
  'fitness_band',
  'ring',
  'chest_strap',
  'phone',
  'scale',
  'head_mounted',
  'smart_display',
  'unknown',
];
const PROVIDERS: Provider[] = ['apple', 'samsung', 'google'];

/** An ordered list edited with buttons: move an entry up or down, remove it, add one of the values left. */
function OrderEditor<T extends string>(props: {
  title: string;
  testId: string;
  values: readonly T[];
  list: T[];
  onChange: (list: T[]) => void;
  effective: string[] | undefined;
}) {
  const { list, onChange } = props;
  const left = props.values.filter((value) => !list.includes(value));
  const [adding, setAdding] = useState<string>('');
  const addId = useId();
  const chosen = left.includes(adding as T) ? (adding as T) : left[0];
  // Moving an entry re-orders the DOM, which drops focus: put it back on the button that moved it.
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const [refocus, setRefocus] = useState<string>();
  useEffect(() => {
    if (!refocus) return;
    const [value, direction] = refocus.split(' ');
    const target = buttons.current.get(refocus);
    const other = buttons.current.get(`${value} ${direction === 'up' ? 'down' : 'up'}`);
    (target && !target.disabled ? target : other)?.focus();
    setRefocus(undefined);
  }, [refocus]);

  const move = (index: number, by: -1 | 1) => {
    const next = [...list];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
    setRefocus(`${list[index]} ${by < 0 ? 'up' : 'down'}`);
  };

  return (
    <Section title={props.title}>
      {list.length === 0 ? (
        <p>No override: the default order applies.</p>
      ) : (
        <ol className="order" data-testid={props.testId}>
          {list.map((value, index) => (
            <li key={value}>
              <span className="order-name">
                {index + 1}. {value}
              </span>
              <span className="actions">
                <button
                  type="button"
                  ref={(element) => void buttons.current.set(`${value} up`, element)}
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                >
                  <span className="sr-only">Move {value} </span>Up
                </button>
                <button
                  type="button"
                  ref={(element) => void buttons.current.set(`${value} down`, element)}
                  onClick={() => move(index, 1)}
                  disabled={index === list.length - 1}
                >
                  <span className="sr-only">Move {value} </span>Down
                </button>
                <button type="button" onClick={() => onChange(list.filter((entry) => entry !== value))}>
                  Remove<span className="sr-only"> {value}</span>
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {left.length > 0 && chosen && (
        <div className="inline">
          <div className="field">
            <label htmlFor={addId}>Add to the {props.title.toLowerCase()}</label>
            <select id={addId} value={chosen} onChange={(event) => setAdding(event.target.value)}>
              {left.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => onChange([...list, chosen])}>
            Add<span className="sr-only"> {chosen}</span>
          </button>
        </div>
      )}
      {props.effective && (
        <p className="chart-summary">Order that applies now: {props.effective.join(' › ')}</p>
      )}
    </Section>
  );
}

export function SourcePriority() {
  const { apps, error } = useApplications();
  const [chosenApp, setChosenApp] = useState('');
  const appId = chosenApp || apps[0]?.app_id || '';
  const [saved, setSaved] = useState<Schemas['SourcePriorityDto']>();
  const [loadError, setLoadError] = useState<string>();
  const [devices, setDevices] = useState<DeviceType[]>([]);
  const [providers, setProviders] = useState<Provider[]>([]);
  const [status, run, busy] = useAction();

  const show = (priority: Schemas['SourcePriorityDto']) => {
    setSaved(priority);
    setDevices(priority.device_types as DeviceType[]);
    setProviders(priority.providers as Provider[]);
  };

  useEffect(() => {
    if (!appId) return;
    let live = true;
    setSaved(undefined);
    call(
      api.GET('/api/v1/applications/{app_id}/source-priority', { params: { path: { app_id: appId } } }),
    ).then(
      (priority) => {
        if (!live) return;
        show(priority);
        setLoadError(undefined);
      },
      (failure: Error) => live && setLoadError(failure.message),
    );
    return () => {
      live = false;
    };
  }, [appId]);

  const save = () =>
    run(async () => {
      const updated = await call(
        api.PUT('/api/v1/applications/{app_id}/source-priority', {
          params: { path: { app_id: appId } },
          body: { device_types: devices, providers },
        }),
      );
      show(updated);
      return 'Saved the source priority: daily summaries use it from their next computation.';
    });

  const changed =
    saved !== undefined &&
    (saved.device_types.join() !== devices.join() || saved.providers.join() !== providers.join());

  return (
    <>
      <h1>Source priority</h1>
      <p>
        When two data sources of a user report the same day, the daily summaries take the better one.{' '}
        {saved?.rule}
      </p>
      <Notice status={status} />
      {(error || loadError) && <p role="alert">{error ?? loadError}</p>}
      {apps.length === 0 ? (
        <p>Create an application first: the source priority belongs to one.</p>
      ) : (
        <div className="inline">
          <Select
            label="Application"
            value={appId}
            onChange={setChosenApp}
            options={apps.map((app) => ({ value: app.app_id, label: app.name }))}
          />
        </div>
      )}
      {saved && (
        <>
          <OrderEditor
            title="Device types"
            testId="device-order"
            values={DEVICE_TYPES}
            list={devices}
            onChange={setDevices}
            effective={changed ? undefined : saved.effective_device_types}
          />
          <OrderEditor
            title="Providers"
            testId="provider-order"
            values={PROVIDERS}
            list={providers}
            onChange={setProviders}
            effective={changed ? undefined : saved.effective_providers}
          />
          <div className="actions">
            <button type="button" onClick={() => void save()} disabled={busy || !changed}>
              Save source priority
            </button>
            <button type="button" onClick={() => show(saved)} disabled={busy || !changed}>
              Undo changes
            </button>
          </div>
          <p>
            {changed
              ? 'Unsaved changes.'
              : `Last saved: ${saved.updated_at ? when(saved.updated_at) : 'never'}.`}
          </p>
        </>
      )}
    </>
  );
}
