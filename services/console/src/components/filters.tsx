import type { FormEvent, ReactNode } from 'react';
import { field as textField } from '../form';

export interface FilterField {
  name: string;
  label: string;
  /** Options as code → label; a text input when absent. */
  options?: Record<string, string>;
}

/**
 * A filter form whose values live in the address (`#/page?name=value`), so a filtered list can be
 * bookmarked and the back button works. Empty fields are left out.
 */
export function filterValues(form: FormData, fields: FilterField[]): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const field of fields) {
    const value = textField(form, field.name);
    values[field.name] = value.length > 0 ? value : undefined;
  }
  return values;
}

export function Filters(props: {
  fields: FilterField[];
  values: URLSearchParams;
  onApply: (values: Record<string, string | undefined>) => void;
  children?: ReactNode;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    props.onApply(filterValues(new FormData(event.currentTarget), props.fields));
  }
  // Keyed by the address so that the inputs show the applied values after navigation.
  return (
    <form className="filters" onSubmit={submit} key={props.values.toString()} aria-label="Filtros">
      {props.fields.map((field) => (
        <div className="br-input" key={field.name}>
          <label htmlFor={`filter-${field.name}`}>{field.label}</label>
          {field.options ? (
            <select
              id={`filter-${field.name}`}
              name={field.name}
              defaultValue={props.values.get(field.name) ?? ''}
            >
              <option value="">Todos</option>
              {Object.entries(field.options).map(([code, text]) => (
                <option key={code} value={code}>
                  {text}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`filter-${field.name}`}
              name={field.name}
              defaultValue={props.values.get(field.name) ?? ''}
            />
          )}
        </div>
      ))}
      {props.children}
      <button className="br-button primary" type="submit">
        Filtrar
      </button>
    </form>
  );
}
