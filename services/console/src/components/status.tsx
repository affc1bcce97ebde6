import { problemText } from '../api/client';

export function Loading() {
  return (
    <p role="status" aria-live="polite">
      Carregando…
    </p>
  );
}

export function ErrorMessage({ error, text }: { error: unknown; text?: string }) {
  return (
    <div className="br-message danger" role="alert">
      <div className="content">{problemText(error, text)}</div>
    </div>
  );
}

export function Success({ children }: { children: React.ReactNode }) {
  return (
    <div className="br-message success" role="status">
      <div className="content">{children}</div>
    </div>
  );
}
