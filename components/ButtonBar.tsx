// A titled row of buttons with a status line read out after each action (copy, export).
import type { ComponentChildren } from 'preact';

export function ButtonBar({ name, heading, status, children }: { name: string; heading: string; status: string; children: ComponentChildren }) {
  return (
    <section class={name} aria-label={heading}>
      <h2>{heading}</h2>
      <div class="buttons">{children}</div>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
