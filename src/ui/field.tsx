import { type ChangeEvent, type ClipboardEvent, type ReactNode, useId } from 'react';

/*
 * Labelled form controls. Each shows its error under the field (linked with aria-describedby
 * and aria-invalid) and keeps whatever text was typed, valid or not.
 */

type CommonProps = {
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
  readonly className?: string;
  /** Hides the label visually (it stays the accessible name), for dense tables. */
  readonly compact?: boolean;
};

function Described({
  id,
  error,
  hint,
}: {
  id: string;
  error?: string | undefined;
  hint?: ReactNode;
}) {
  return (
    <>
      {hint ? (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

function describedBy(id: string, error?: string, hint?: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/*
 * A text field. Dates and months are typed as text too (YYYY-MM-DD, YYYY-MM): a native date
 * input holds no value while what is typed is incomplete, so it would lose it, Firefox has no
 * month input, and a date input's first use stalls a phone for a moment.
 */
export type TextFieldProps = CommonProps & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly inputMode?: 'numeric' | 'decimal' | 'text';
  readonly placeholder?: string;
  readonly onPaste?: (event: ClipboardEvent<HTMLInputElement>) => void;
  readonly suffix?: string;
};

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  inputMode,
  placeholder,
  onPaste,
  suffix,
  className,
  compact,
}: TextFieldProps) {
  const id = useId();
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <span className="field-control">
        <input
          id={id}
          type="text"
          value={value}
          inputMode={inputMode}
          // Names may be typed right to left: the field takes its direction from what is typed.
          dir={inputMode === 'numeric' || inputMode === 'decimal' ? undefined : 'auto'}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
          onPaste={onPaste}
        />
        {suffix ? <span className="field-suffix">{suffix}</span> : null}
      </span>
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export type SelectOption = {
  readonly value: string;
  readonly label: string;
  readonly disabled?: boolean;
};

export type SelectFieldProps = CommonProps & {
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
};

export function SelectField({
  label,
  value,
  options,
  onChange,
  error,
  hint,
  className,
  compact,
}: SelectFieldProps) {
  const id = useId();
  const known = options.some((option) => option.value === value);
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      >
        {known ? null : <option value={value}>{value || '—'}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export type CheckboxFieldProps = {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly hint?: ReactNode;
};

export function CheckboxField({ label, checked, onChange, hint }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="field field-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
