import { useRef, useState } from 'react';
import { type ApplyOutcome, applyRegister } from '../api/register.api';
import { useSubmit } from './use-submit';

/**
 * The confirm-then-apply flow of a register text: `review` opens the confirm step and moves focus to its heading
 * (`confirmHeading`), `apply` stores the text with `message` (`PUT /api/register`, once at a time) and closes the
 * step when it was applied, `cancel` closes it.
 */
export function useApplyRegister(source: string, message: string, onApplied?: () => void) {
  const [isConfirming, setIsConfirming] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const { isSubmitting: isApplying, outcome, error, submit, clear } = useSubmit<ApplyOutcome>();

  const review = () => {
    setIsConfirming(true);
    clear();
    window.setTimeout(() => confirmHeading.current?.focus(), 0);
  };

  const apply = async () => {
    if (isApplying) {
      return;
    }
    await submit(
      () => applyRegister(source, message),
      (next) => {
        if (next.kind === 'applied') {
          setIsConfirming(false);
          onApplied?.();
        }
      },
    );
  };

  const cancel = () => setIsConfirming(false);

  return { isConfirming, isApplying, outcome, error, confirmHeading, review, apply, cancel };
}
