import { type ReactNode, useEffect, useId, useRef } from 'react';

/*
 * A modal question with several answers, the first the one most people want. The browser's own
 * <dialog> keeps focus inside while it is open and closes on Escape, which counts as `onLater`
 * (put the question off; nothing changes); focus goes back where it was.
 */
export function ChoiceDialog({
  open,
  title,
  choices,
  laterLabel,
  onLater,
  children,
}: {
  readonly open: boolean;
  readonly title: string;
  readonly choices: readonly { readonly label: string; readonly onChoose: () => void }[];
  readonly laterLabel: string;
  readonly onLater: () => void;
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onLater();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="confirm-dialog-body">{children}</div>
      <div className="confirm-dialog-actions">
        {choices.map((choice, index) => (
          <button
            key={choice.label}
            type="button"
            className={index === 0 ? 'primary' : undefined}
            onClick={choice.onChoose}
          >
            {choice.label}
          </button>
        ))}
        {/* Focus starts on the answer that changes nothing. */}
        {/* biome-ignore lint/a11y/noAutofocus: a modal dialog's first focus is chosen on purpose */}
        <button type="button" onClick={onLater} autoFocus>
          {laterLabel}
        </button>
      </div>
    </dialog>
  );
}
