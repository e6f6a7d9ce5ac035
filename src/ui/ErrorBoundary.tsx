import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What to show instead (the embeds' compact message); the explorer's full page when absent. */
  fallback?: (error: Error) => ReactNode;
  /** Told once when drawing fails (the element fires quotegraph:error). */
  onError?: (error: Error) => void;
}

/** If drawing the story fails, say so in words (never a blank page); a saved draft is still in the browser. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    this.props.onError?.(error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    if (this.props.fallback) return this.props.fallback(this.state.error);
    return (
      <main className="problems-page">
        <p className="brand">Quotegraph</p>
        <h1>Something went wrong showing this story</h1>
        <p>
          The error was: <code>{this.state.error.message}</code>. Any draft you were editing is saved in this browser; reload the page to
          continue.
        </p>
        <p>
          <button type="button" className="chip" onClick={() => window.location.reload()}>
            Reload
          </button>
        </p>
      </main>
    );
  }
}
