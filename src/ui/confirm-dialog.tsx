import type { ReactNode } from 'react';
import { ChoiceDialog } from './choice-dialog';

/*
 * A modal question with two answers: a ChoiceDialog with one choice. Escape counts as the cancel
 * answer, and focus starts on it.
 */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  children,
}: {
  readonly open: boolean;
  readonly title: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}) {
  return (
    <ChoiceDialog
      open={open}
      title={title}
      choices={[{ label: confirmLabel, onChoose: onConfirm }]}
      laterLabel={cancelLabel}
      onLater={onCancel}
    >
      {children}
    </ChoiceDialog>
  );
}
